import { openaiAssistant } from '@parley/assistant';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '@parley/assistant/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_ID, useHarness } from './test-support/harness.js';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('live chat: what the widget shows', () => {
  const start = useHarness();
  let model: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await model?.close();
    model = undefined;
  });

  it('CH5: an AI reply streams as partial draft frames, then is recorded once as one message', async () => {
    model = await startFakeOpenAIServer({ streamChunkChars: 6 });
    const server = model;
    const t = await start({
      assistant: (clock) =>
        openaiAssistant({ baseURL: server.baseURL, apiKey: 'k', model: 'm', clock, env: {} }),
    });
    const text = 'We ship every weekday before noon, and tracking comes by email.';
    server.reply({ text });
    const v = await t.visitor();
    await v.hello();
    await v.say('when do you ship?');
    const reply = await v.next('message', (f) => f.message.dir === 'out');
    const done = await v.next('draft', (f) => f.done === true);
    const parts = v.frames.filter((f) => f.type === 'draft' && !f.done);
    // Several partial frames reached the socket before the message, each adding text.
    expect(parts.length).toBeGreaterThan(3);
    let shown = '';
    for (const f of parts) {
      if (f.type !== 'draft') continue;
      expect(f.id).toBe(done.id);
      shown = shown.slice(0, f.from) + f.text;
    }
    expect(shown).toBe(text);
    expect(v.frames.indexOf(parts[0]!)).toBeLessThan(v.frames.indexOf(reply));
    expect(parts[0]).toMatchObject({ author: { kind: 'assistant', name: 'Sofia' } });
    expect(reply.message.content).toEqual({ type: 'text', text });
    // Recorded once: the desk's store and the history hold one outbound message.
    const [item] = (await t.desk.inbox.list({})).items;
    const stored = await t.desk.inbox.messages(item!.conversation.id);
    expect(stored.filter((m) => m.direction === 'outbound').map((m) => m.content)).toEqual([
      { type: 'text', text },
    ]);
    const again = await t.visitor();
    const welcome = await again.hello({ token: (v.frames[0] as { token: string }).token });
    expect(welcome.history.filter((m) => m.dir === 'out')).toHaveLength(1);
  });

  it('IN5: the widget’s language (data-lang) becomes the conversation’s language', async () => {
    const t = await start({ script: () => 'ok' });
    const v = await t.visitor();
    await v.hello({ lang: 'pt-BR' });
    await v.say('olá');
    const [item] = (await t.desk.inbox.list({})).items;
    expect(item!.conversation.language).toBe('pt-BR');
  });

  it('CH5: the team’s status and reply time come from the server’s status option', async () => {
    const asked: unknown[] = [];
    const t = await start({
      chat: {
        status: (visitor) => {
          asked.push(visitor);
          return { status: 'away', replyTime: 'Respondemos em até 1 dia' };
        },
      },
    });
    const v = await t.visitor();
    const welcome = await v.hello({ lang: 'pt' });
    expect(welcome.team).toEqual({ status: 'away', replyTime: 'Respondemos em até 1 dia' });
    expect(asked).toEqual([{ address: welcome.visitorId, language: 'pt' }]);
  });

  it('CH5: a status option that throws shows no status and never refuses the visitor', async () => {
    const t = await start({
      chat: {
        status: () => {
          throw new Error('presence service down');
        },
      },
    });
    const welcome = await (await t.visitor()).hello();
    expect(welcome.team).toBeUndefined();
  });

  it('CH5: the offline email is checked and stored on the contact, where operators see it', async () => {
    const t = await start({ script: () => 'thanks' });
    const v = await t.visitor();
    await v.hello({ profile: { email: 'ana@example.com' } });
    await v.say('please write me back');
    const [item] = (await t.desk.inbox.list({})).items;
    expect(item!.contact.email).toBe('ana@example.com');

    const w = await t.visitor();
    await w.hello({ profile: { email: 'not-an-email' } });
    await w.say('hello');
    const items = (await t.desk.inbox.list({})).items;
    expect(items.find((i) => i.contact.id !== item!.contact.id)?.contact.email).toBeUndefined();
  });

  it('P-34: an image and a PDF are accepted by their bytes and shown back over the socket', async () => {
    const t = await start({ script: () => 'got it' });
    const v = await t.visitor();
    const welcome = await v.hello();
    expect(welcome.upload?.types).toContain('application/pdf');
    v.send({ type: 'upload', id: 'f1', name: 'photo.png', data: PNG });
    expect((await v.next('ack', (a) => a.id === 'f1')).status).toBe('accepted');
    v.send({ type: 'upload', id: 'f2', name: 'invoice.pdf', data: PDF });
    expect((await v.next('ack', (a) => a.id === 'f2')).status).toBe('accepted');
    const [item] = (await t.desk.inbox.list({})).items;
    const stored = await t.desk.inbox.messages(item!.conversation.id);
    const media = stored.filter((m) => m.content.type === 'media').map((m) => m.content);
    expect(media).toMatchObject([
      { kind: 'image', mimeType: 'image/png', fileName: 'photo.png' },
      { kind: 'document', mimeType: 'application/pdf', fileName: 'invoice.pdf' },
    ]);
    const url = (media[0] as { url: string }).url;
    expect(url).toMatch(/^livechat-file:/);
    const id = url.slice('livechat-file:'.length);
    v.send({ type: 'file', id });
    expect(await v.next('file')).toEqual({ type: 'file', id, mimeType: 'image/png', data: PNG });
    // The host (the console) reads the same bytes.
    expect(Buffer.from((await t.chat.readFile(url))!.data).toString('base64')).toBe(PNG);
    // Another visitor cannot fetch it.
    const other = await t.visitor();
    await other.hello();
    other.send({ type: 'file', id });
    await other.say('ping');
    expect(other.frames.some((f) => f.type === 'file')).toBe(false);
  });

  it('P-34: a renamed executable, an HTML polyglot, an empty or oversized file is refused; the chat goes on', async () => {
    const t = await start({ script: () => 'ok', chat: { uploads: { maxBytes: 1_024 } } });
    const v = await t.visitor();
    await v.hello();
    const bad = [
      { name: 'setup.pdf', data: b64(`MZ\x90\x00${'\x00'.repeat(200)}`) },
      { name: 'cat.png', data: b64('<html><script>alert(1)</script></html>') },
      {
        name: 'big.png',
        data: Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(2_000)]).toString('base64'),
      },
      { name: 'empty.png', data: '====' },
    ];
    for (const [i, file] of bad.entries()) {
      v.send({ type: 'upload', id: `b${i}`, ...file });
      expect((await v.next('ack', (a) => a.id === `b${i}`)).status).toBe('failed');
    }
    expect(t.refused.map((r) => r.reason)).toEqual([
      expect.stringContaining('file type not accepted'),
      expect.stringContaining('file type not accepted'),
      expect.stringContaining('file too big'),
      expect.stringContaining('empty file'),
    ]);
    expect(await v.say('still here')).toBe('accepted');
    expect((await t.desk.inbox.list({})).items[0]?.conversation.channelId).toBe(CHANNEL_ID);
  });

  it('CH5: a frame other than an upload keeps the small size cap', async () => {
    const t = await start({ chat: { maxPayloadBytes: 1_024 } });
    const v = await t.visitor();
    await v.hello();
    v.send({ type: 'read', ids: ['x'.repeat(100)], pad: 'y'.repeat(2_000) });
    expect((await v.closed).code).toBe(1009);
    // Before the hello not even an upload may be big.
    const early = await t.visitor();
    early.send({ type: 'upload', id: 'u1', name: 'a.png', data: 'A'.repeat(4_000) });
    expect(await early.closed).toEqual({ code: 1009, reason: 'frame too big' });
  });
});
