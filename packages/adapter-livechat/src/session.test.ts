import { createHash } from 'node:crypto';
import { contentText } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { triageMenu, useHarness } from './test-support/harness.js';

const start = useHarness();

const texts = (history: Array<{ dir: string; content: Parameters<typeof contentText>[0] }>) =>
  history.map((m) => `${m.dir}: ${contentText(m.content)}`);

describe('live chat sessions', () => {
  it('CH5: a visitor says hello, gets a resume token, and the assistant answers', async () => {
    const t = await start({
      script: (input) => `Halo! kamu bilang ${contentText(input.turn[0]!.content)}`,
    });
    const v = await t.visitor();
    const welcome = await v.hello({ channel: 'web', profile: { name: 'Ana' } });
    expect(welcome).toMatchObject({ resumed: false, identified: false, history: [] });
    expect(welcome.visitorId).toMatch(/^visitor:/);
    expect(welcome.token.length).toBeGreaterThanOrEqual(32);

    expect(await v.say('halo', 'm1')).toBe('accepted');
    const reply = await v.next('message');
    expect(reply.message).toMatchObject({
      dir: 'out',
      content: { type: 'text', text: 'Halo! kamu bilang halo' },
    });
    expect(t.assistant.calls[0]?.contact.name).toBe('Ana');
    const rows = await t.desk.inbox.list();
    expect(rows.items[0]?.conversation.contactAddress).toBe(welcome.visitorId);
  });

  it('CH5: the resume token survives a reconnect: same visitor, history sent back in order', async () => {
    const t = await start();
    const first = await t.visitor();
    const welcome = await first.hello();
    await first.say('one');
    await first.say('two');
    await first.close();

    const again = await t.visitor();
    const resumed = await again.hello({ token: welcome.token });
    expect(resumed).toMatchObject({
      resumed: true,
      visitorId: welcome.visitorId,
      token: welcome.token,
    });
    expect(texts(resumed.history)).toEqual([
      'in: one',
      'out: echo: one',
      'in: two',
      'out: echo: two',
    ]);
    await again.say('three');
    expect(t.assistant.calls.at(-1)?.history.map((m) => contentText(m.content))).toEqual([
      'one',
      'echo: one',
      'two',
      'echo: two',
      'three',
    ]);
  });

  it('CH5: an unknown resume token starts a new session with no history', async () => {
    const t = await start();
    const first = await t.visitor();
    const welcome = await first.hello();
    await first.say('secret stuff');
    const stranger = await t.visitor();
    const other = await stranger.hello({ token: `${welcome.token.slice(0, -2)}xx` });
    expect(other.resumed).toBe(false);
    expect(other.visitorId).not.toBe(welcome.visitorId);
    expect(other.history).toEqual([]);
  });

  it('CH5: resume tokens are kept in the channel kv only as SHA-256 digests', async () => {
    const t = await start();
    const v = await t.visitor();
    const { token } = await v.hello();
    const entries = await t.desk.store.kv('channel:web').list('');
    const dump = JSON.stringify(entries);
    expect(dump).not.toContain(token);
    expect(entries.map((e) => e.key)).toContain(
      `token:${createHash('sha256').update(token).digest('hex')}`,
    );
  });

  it('CH5: every open tab of a visitor gets the business messages and the other tab’s messages', async () => {
    const t = await start();
    const tabA = await t.visitor();
    const { token, visitorId } = await tabA.hello();
    const tabB = await t.visitor();
    await tabB.hello({ token });
    expect(t.chat.tabs(visitorId)).toBe(2);

    await tabA.say('from tab A', 'a1');
    const mirrored = await tabB.next('message', (f) => f.message.dir === 'in');
    expect(mirrored.message).toMatchObject({ id: 'a1', content: { text: 'from tab A' } });
    for (const tab of [tabA, tabB]) {
      const reply = await tab.next('message', (f) => f.message.dir === 'out');
      expect(reply.message.content).toEqual({ type: 'text', text: 'echo: from tab A' });
    }
    // The writing tab gets no echo of its own message.
    expect(tabA.frames.filter((f) => f.type === 'message' && f.message.dir === 'in')).toEqual([]);
  });

  it('CH5: the business typing indicator reaches the visitor while the assistant works', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t = await start({
      script: async () => {
        await gate;
        return 'done thinking';
      },
    });
    const v = await t.visitor();
    await v.hello();
    v.send({ type: 'message', id: 'q1', content: { type: 'text', text: 'question' } });
    // It says who types: the assistant's configured name.
    expect(await v.next('typing')).toEqual({
      type: 'typing',
      on: true,
      author: { kind: 'assistant', name: 'Sofia' },
    });
    // The message is acknowledged once recorded, while the assistant still thinks.
    await v.next('ack', (a) => a.id === 'q1');
    release();
    await v.next('message');
    const order = v.frames
      .filter((f) => f.type !== 'ack')
      .map((f) => (f.type === 'typing' ? `typing:${f.on}` : f.type));
    expect(order).toEqual(['welcome', 'typing:true', 'typing:false', 'message']);
  });

  it('CH5: visitor typing is observable by the host and never enters the pipeline', async () => {
    const t = await start();
    const seen: Array<{ address: string; on: boolean }> = [];
    const typed = new Promise<void>((resolve) =>
      t.chat.on('visitor.typing', (e) => {
        seen.push(e);
        if (!e.on) resolve();
      }),
    );
    const v = await t.visitor();
    const { visitorId } = await v.hello();
    v.send({ type: 'typing', on: true });
    v.send({ type: 'typing', on: false });
    await typed;
    expect(seen).toEqual([
      { address: visitorId, on: true },
      { address: visitorId, on: false },
    ]);
    expect(t.assistant.calls).toHaveLength(0);
    expect((await t.desk.inbox.list()).items).toHaveLength(0);
  });

  it('CH5: read receipts go both ways; the visitor’s reach the desk as message.read', async () => {
    const t = await start();
    const conversationIds: string[] = [];
    t.desk.on('message.received', (e) => conversationIds.push(e.conversation.id));
    const deskReads: unknown[] = [];
    t.desk.on('message.read', (e) => deskReads.push(e));
    const v = await t.visitor();
    const { visitorId, token } = await v.hello();
    await v.say('please read me', 'r1');
    const reply = await v.next('message');

    // Business -> visitor: the operator opens the conversation.
    await t.desk.inbox.markRead(conversationIds[0]!);
    expect(await v.next('read')).toEqual({ type: 'read', ids: ['r1'] });

    // Visitor -> business: the widget reports what the visitor saw. Ids the visitor was
    // never sent are dropped; an id read twice is reported once.
    const read = new Promise((resolve) => t.chat.on('visitor.read', resolve));
    v.send({ type: 'read', ids: ['msg_made_up', reply.message.id] });
    expect(await read).toEqual({ address: visitorId, ids: [reply.message.id] });
    v.send({ type: 'read', ids: [reply.message.id] });
    await v.say('still here');
    expect(deskReads).toEqual([
      {
        channelId: 'web',
        tenantId: 'default',
        address: visitorId,
        externalIds: [reply.message.id],
      },
    ]);

    const again = await t.visitor();
    const { history } = await again.hello({ token });
    expect(history.map((m) => [m.dir, m.read ?? false])).toEqual([
      ['in', true],
      ['out', true],
      ['in', false],
      ['out', false],
    ]);
  });

  it('CH5: history is the desk’s own record: the channel kv keeps no copy of messages', async () => {
    const t = await start();
    const v = await t.visitor();
    const { token } = await v.hello();
    await v.say('my secret order 4471');
    const back = await t.visitor();
    const { history } = await back.hello({ token });
    expect(texts(history)).toEqual(['in: my secret order 4471', 'out: echo: my secret order 4471']);
    const dump = JSON.stringify(await t.desk.store.kv('channel:web').list(''));
    expect(dump).not.toContain('4471');
  });

  it('CH5: messages name who speaks: the assistant and the operator by name, system by no one', async () => {
    const t = await start();
    const v = await t.visitor();
    const { token } = await v.hello();
    await v.say('hello');
    const ai = await v.next('message');
    expect(ai.message.author).toEqual({ kind: 'assistant', name: 'Sofia' });
    const [row] = (await t.desk.inbox.list()).items;
    const id = row!.conversation.id;
    await t.desk.inbox.reply(id, 'Maria here, how can I help?', { operatorId: 'maria' });
    expect((await v.next('message')).message.author).toEqual({ kind: 'operator', name: 'Maria' });
    await t.desk.inbox.reply(id, 'A colleague', { operatorId: 'nameless' });
    expect((await v.next('message')).message.author).toEqual({ kind: 'operator' });
    await t.desk.send({ conversationId: id }, 'Your ticket is #12');
    expect((await v.next('message')).message).not.toHaveProperty('author');

    const back = await t.visitor();
    const { history } = await back.hello({ token });
    expect(history.map((m) => m.author?.name ?? m.author?.kind ?? m.dir)).toEqual([
      'in',
      'Sofia',
      'Maria',
      'operator',
      'out',
    ]);
  });

  it('CH5: a tab that joins while a reply is still being recorded gets it anyway', async () => {
    let hold: Promise<void> | undefined;
    let release!: () => void;
    const t = await start({
      store: (store) => ({
        ...store,
        async appendMessage(message) {
          // The reply has been fanned out; its record lands only when released.
          if (message.direction === 'outbound' && hold) await hold;
          return store.appendMessage(message);
        },
      }),
    });
    const tabA = await t.visitor();
    const { token } = await tabA.hello();
    hold = new Promise((r) => (release = r));
    tabA.send({ type: 'message', id: 'q1', content: { type: 'text', text: 'quick' } });
    await tabA.next('message', (f) => f.message.dir === 'out');
    const tabB = await t.visitor();
    const { history } = await tabB.hello({ token });
    expect(texts(history)).toEqual(['in: quick', 'out: echo: quick']);
    release();
    await tabA.next('ack', (a) => a.id === 'q1');
    const tabC = await t.visitor();
    expect(texts((await tabC.hello({ token })).history)).toEqual(['in: quick', 'out: echo: quick']);
  });

  it('CH5: a closed conversation is not brought back; the visitor starts a clean one', async () => {
    const t = await start();
    const v = await t.visitor();
    const { token } = await v.hello();
    await v.say('old question');
    await v.close();
    await t.clock.advance(25 * 3_600_000); // auto-close after 24 h without activity (IN4)
    const back = await t.visitor();
    expect((await back.hello({ token })).history).toEqual([]);
    await back.say('new question');
    expect(texts((await (await t.visitor()).hello({ token })).history)).toEqual([
      'in: new question',
      'out: echo: new question',
    ]);
  });

  it('CH5: a message sent again after a reconnect (same id) is answered once', async () => {
    const t = await start();
    const v = await t.visitor();
    const { token } = await v.hello();
    expect(await v.say('only once', 'dup1')).toBe('accepted');
    await v.close();
    const again = await t.visitor();
    const welcome = await again.hello({ token });
    expect(await again.say('only once', 'dup1')).toBe('duplicate');
    expect(t.assistant.calls).toHaveLength(1);
    expect(texts(welcome.history)).toEqual(['in: only once', 'out: echo: only once']);
  });

  it('CH5: an operator message sent while the visitor is away is in the history on return', async () => {
    const t = await start();
    const conversationIds: string[] = [];
    t.desk.on('message.received', (e) => conversationIds.push(e.conversation.id));
    const v = await t.visitor();
    const { token, visitorId } = await v.hello();
    await v.say('call me back');
    await v.close();
    expect(t.chat.tabs(visitorId)).toBe(0);
    await t.desk.send({ conversationId: conversationIds[0]! }, 'Sorry for the wait!', {
      author: { kind: 'operator', id: 'maria' },
    });
    const back = await t.visitor();
    const { history } = await back.hello({ token });
    expect(texts(history).at(-1)).toBe('out: Sorry for the wait!');
  });

  it('CH5: media goes out by URL; media with bytes is kept and fetched over the socket', async () => {
    const t = await start({
      script: [
        {
          type: 'reply',
          messages: [
            {
              type: 'media',
              kind: 'image',
              url: 'https://cdn.example/shirt.jpg',
              caption: 'Batik shirt',
            },
          ],
        },
      ],
    });
    const v = await t.visitor();
    const { visitorId } = await v.hello();
    await v.say('photo please');
    const media = await v.next('message');
    expect(media.message.content).toEqual({
      type: 'media',
      kind: 'image',
      url: 'https://cdn.example/shirt.jpg',
      caption: 'Batik shirt',
    });
    const bytesOnly = {
      type: 'media' as const,
      kind: 'document' as const,
      data: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      mimeType: 'application/pdf',
      fileName: 'invoice.pdf',
    };
    const send = { id: 'm-bytes', conversationId: 'c', to: visitorId, content: bytesOnly };
    await t.chat.send({ ...send, author: { kind: 'system' } }, {});
    const file = await v.next('message', (f) => f.message.id === 'm-bytes');
    expect(file.message.content).toEqual({
      type: 'media',
      kind: 'document',
      url: 'livechat-file:o-m-bytes',
      mimeType: 'application/pdf',
      fileName: 'invoice.pdf',
    });
    v.send({ type: 'file', id: 'o-m-bytes' });
    expect((await v.next('file')).data).toBe(Buffer.from('%PDF').toString('base64'));
  });

  it('CH5: with uploads off, media with bytes only is refused with what to do', async () => {
    const t = await start({ chat: { uploads: false } });
    const v = await t.visitor();
    const { visitorId } = await v.hello();
    const content = { type: 'media' as const, kind: 'image' as const, data: new Uint8Array([1]) };
    await expect(
      t.chat.send(
        { id: 'm', conversationId: 'c', to: visitorId, content, author: { kind: 'system' } },
        {},
      ),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: /uploads turned off/ });
  });

  it('CH5: stopping the desk closes sockets with 1001; upgrades before start get 503', async () => {
    const t = await start();
    const v = await t.visitor();
    await v.hello();
    await t.desk.stop();
    expect(await v.closed).toEqual({ code: 1001, reason: 'server stopping' });
    await expect(t.visitor()).rejects.toMatchObject({ status: 503 });
    await t.desk.start();
    const back = await t.visitor();
    await back.hello();
    expect(await back.say('alive again')).toBe('accepted');
  });
});

describe('live chat menus', () => {
  it('RT2: a menu arrives as native buttons; a click comes back as a choice titled by the server', async () => {
    const t = await start({
      script: (input) => {
        const c = input.turn[0]!.content;
        return c.type === 'choice' ? `routing to ${c.optionId} (${c.title})` : triageMenu;
      },
    });
    const v = await t.visitor();
    await v.hello();
    await v.say('hi');
    const shown = await v.next('message');
    expect(shown.message.content).toEqual(triageMenu.messages[0]);
    await v.say({ type: 'choice', optionId: 'support', title: 'I am lying' });
    const answer = await v.next('message', (f) => f.message.content.type === 'text');
    expect(answer.message.content).toEqual({ type: 'text', text: 'routing to support (Support)' });
    expect(t.assistant.calls[1]?.turn[0]?.content).toEqual({
      type: 'choice',
      optionId: 'support',
      title: 'Support',
    });
  });

  it('RT2: a choice of an option never offered arrives as plain text', async () => {
    const t = await start();
    const v = await t.visitor();
    await v.hello();
    await v.say({ type: 'choice', optionId: 'refund', title: 'Refund me' });
    expect(t.assistant.calls[0]?.turn[0]?.content).toEqual({ type: 'text', text: 'Refund me' });
  });

  it('RT2: a menu longer than the widget shows falls back to numbered text', async () => {
    const options = Array.from({ length: 12 }, (_, i) => ({
      id: `o${i}`,
      title: `Option ${i + 1}`,
    }));
    const t = await start({
      script: [{ type: 'reply', messages: [{ type: 'menu', text: 'Pick', options }] }],
    });
    const v = await t.visitor();
    await v.hello();
    await v.say('hi');
    const shown = await v.next('message');
    expect(shown.message.content.type).toBe('text');
    expect(contentText(shown.message.content)).toContain('12. Option 12');
  });
});
