import { describe, expect, it } from 'vitest';
import type { DeskEvents } from '../src/events.js';
import { createTestDesk } from '../src/testing/index.js';
import { spyChannel } from './spy-channel.js';

async function deskWithSpy(settings: Record<string, unknown> = {}) {
  const spy = spyChannel();
  const t = await createTestDesk({
    channels: [{ id: 'wa', adapter: spy.adapter, route: { assistant: 'bot' }, ...settings }],
  });
  const events: Array<[string, unknown]> = [];
  for (const name of [
    'message.failed',
    'message.sent',
    'message.edited',
    'conversation.taken_over',
    'contact.updated',
  ] as const) {
    t.desk.on(name, (e) => {
      events.push([name, e]);
    });
  }
  return { t, spy, events };
}

const inbox = async (t: Awaited<ReturnType<typeof createTestDesk>>) =>
  (await t.desk.inbox.list({})).items;

describe('what channels report after the fact', () => {
  it('CH2: a failure reported later marks the sent message failed with the reason, once', async () => {
    const { t, spy, events } = await deskWithSpy();
    await spy.inner.customer('+5521988776655').send('oi');
    const [row] = await inbox(t);
    const sent = (await t.desk.inbox.messages(row!.conversation.id)).find(
      (m) => m.direction === 'outbound',
    )!;
    const report = {
      externalId: sent.externalId!,
      status: 'failed' as const,
      reason: 'Message failed to send because more than 24 hours have passed.',
      code: 131047,
    };
    const updated = await spy.ctx().delivery(report);
    expect(updated?.status).toBe('failed');
    await spy.ctx().delivery(report);
    const stored = (await t.desk.inbox.messages(row!.conversation.id)).find(
      (m) => m.id === sent.id,
    );
    expect(stored).toMatchObject({ status: 'failed', reason: report.reason });
    const failed = events.filter(([n]) => n === 'message.failed');
    expect(failed).toHaveLength(1);
    const payload = failed[0]![1] as DeskEvents['message.failed'];
    expect(payload.error.message).toContain('more than 24 hours');
    expect(payload.message.id).toBe(sent.id);
    expect(await spy.ctx().delivery({ ...report, externalId: 'unknown' })).toBeUndefined();
    expect(t.errors).toEqual([]);
  });

  it("CH1: the owner's reply from the phone is an operator message and pauses the assistant", async () => {
    const { t, spy, events } = await deskWithSpy();
    const ana = spy.inner.customer('+5521988776655');
    await ana.send('oi');
    expect(ana.received).toHaveLength(1);
    const outcome = await spy.ctx().echo({
      externalId: 'PHONE-1',
      to: '+5521988776655',
      content: { type: 'text', text: 'Oi Ana, aqui é o João' },
    });
    expect(outcome).toMatchObject({ status: 'recorded', paused: true });
    expect(
      await spy.ctx().echo({
        externalId: 'PHONE-1',
        to: '+5521988776655',
        content: { type: 'text', text: 'x' },
      }),
    ).toEqual({ status: 'duplicate' });
    await ana.send('quanto custa?');
    expect(ana.received).toHaveLength(1);
    const [row] = await inbox(t);
    expect(row!.conversation.handler).toBe('operator');
    const messages = await t.desk.inbox.messages(row!.conversation.id);
    expect(messages.map((m) => [m.direction, m.author.kind])).toEqual([
      ['inbound', 'contact'],
      ['outbound', 'assistant'],
      ['outbound', 'operator'],
      ['inbound', 'contact'],
    ]);
    expect(events.some(([n]) => n === 'conversation.taken_over')).toBe(true);
    expect(t.errors).toEqual([]);
  });

  it('CH1: with pause off the echo is recorded and the assistant keeps answering', async () => {
    const { t, spy } = await deskWithSpy();
    const ana = spy.inner.customer('+5521988776655');
    await ana.send('oi');
    await spy.ctx().echo({
      externalId: 'PHONE-2',
      to: '+5521988776655',
      content: { type: 'text', text: 'já volto' },
      pause: false,
    });
    await ana.send('ok');
    expect(ana.received).toHaveLength(2);
    expect(t.errors).toEqual([]);
  });

  it('CH1: an edit replaces the stored text and emits message.edited with the old one', async () => {
    const { t, spy, events } = await deskWithSpy();
    await spy.inner.customer('+5521988776655').send('quero 2 camisas', { externalId: 'M-1' });
    const edited = await spy.ctx().edit('M-1', { type: 'text', text: 'quero 3 camisas' });
    expect(edited).toMatchObject({ content: { type: 'text', text: 'quero 3 camisas' } });
    expect(edited?.editedAt).toBeInstanceOf(Date);
    const [, payload] = events.find(([n]) => n === 'message.edited')!;
    expect((payload as DeskEvents['message.edited']).previous).toEqual({
      type: 'text',
      text: 'quero 2 camisas',
    });
    expect(await spy.ctx().edit('M-404', { type: 'text', text: 'x' })).toBeUndefined();
    expect(t.errors).toEqual([]);
  });

  it('CH2: a changed number moves the contact and its open conversation', async () => {
    const { t, spy } = await deskWithSpy();
    await spy.inner.customer('+5521988776655').send('oi');
    const moved = await spy.ctx().moveContact('+5521988776655', '+5521977776666');
    expect(moved?.phone).toBe('+5521977776666');
    const [row] = await inbox(t);
    expect(row!.conversation.contactAddress).toBe('+5521977776666');
    await spy.inner.customer('+5521977776666').send('número novo');
    expect((await inbox(t)).length).toBe(1);
    expect(await spy.ctx().moveContact('+5500000000000', '+5511111111111')).toBeUndefined();
    expect(t.errors).toEqual([]);
  });
});

describe('messages that are recorded but answered by nothing', () => {
  it('CH1: a reaction is stored and shown but is never a turn', async () => {
    const t = await createTestDesk({ settings: { welcomeMessage: 'Bem-vindo!' } });
    const ana = t.customer('+5521988776655');
    const outcome = await ana.send({ type: 'reaction', emoji: '👍', targetExternalId: 'X' });
    expect(outcome.status).toBe('accepted');
    expect(ana.received).toHaveLength(0);
    expect(t.assistant.calls).toHaveLength(0);
    const [row] = await inbox(t);
    expect(row!.conversation.lastMessage?.text).toContain('👍');
    // The conversation the reaction opened is greeted and routed on the first message.
    await ana.send('oi');
    expect(ana.texts()).toEqual(['Bem-vindo!', 'echo: oi']);
    expect(t.errors).toEqual([]);
  });

  it("CH1: with reactions: 'turn' a reaction is answered like a message", async () => {
    const t = await createTestDesk({ settings: { reactions: 'turn' } });
    const ana = t.customer('+5521988776655');
    await ana.send({ type: 'reaction', emoji: '👍', targetExternalId: 'X' });
    expect(ana.received).toHaveLength(1);
  });

  it('CH3: a recordOnly message (standby) is in the inbox and nothing answers', async () => {
    const t = await createTestDesk();
    const outcome = await t.desk.receive('test', {
      externalId: 'mid.1',
      from: { externalId: 'ig-1' },
      content: { type: 'text', text: 'hello' },
      recordOnly: 'standby',
    });
    expect(outcome.status).toBe('accepted');
    expect(t.channel.sent).toHaveLength(0);
    expect((await inbox(t)).length).toBe(1);
  });

  it('RT6: a link ref recorded before the first message routes the conversation by rule', async () => {
    const t = await createTestDesk({
      teams: [{ id: 'summer' }],
      rules: [{ id: 'summer', when: { referral: { ref: 'summer' } }, route: { team: 'summer' } }],
    });
    const routed: string[] = [];
    t.desk.on('conversation.routed', (e) => {
      routed.push(e.ruleId ?? e.reason);
    });
    await t.desk.receive('test', {
      externalId: 'ref.1',
      from: { externalId: 'ig-2' },
      content: { type: 'unsupported', description: 'opened the chat from a link' },
      referral: { source: 'SHORTLINK', ref: 'summer' },
      recordOnly: 'referral',
    });
    expect(routed).toEqual([]);
    await t.desk.receive('test', {
      externalId: 'mid.2',
      from: { externalId: 'ig-2' },
      content: { type: 'text', text: 'oi' },
    });
    expect(routed).toEqual(['summer']);
    const [row] = await inbox(t);
    expect(row!.conversation.teamId).toBe('summer');
    expect(t.errors).toEqual([]);
  });
});
