import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import { ParleyError } from '../src/errors.js';
import { contentText } from '../src/model/content.js';
import { createTestDesk, memoryChannel, scriptedAssistant } from '../src/testing/index.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((r) => {
    release = r;
  });
  return { promise, release };
}

describe('engine guarantees', () => {
  it('CH8: a burst from one customer is processed in order, each message once', async () => {
    const t = await createTestDesk();
    const c = t.customer('burst');
    await Promise.all(['1', '2', '3', '4', '5'].map((n) => c.send(n)));
    expect(t.assistant.calls.map((i) => contentText(i.turn[0]!.content))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(c.texts()).toEqual(['echo: 1', 'echo: 2', 'echo: 3', 'echo: 4', 'echo: 5']);
  });

  it('CH8: different conversations do not wait for each other', async () => {
    const gate = deferred();
    const t = await createTestDesk({
      script: async (input) => {
        if (input.contact.identities[0]?.externalId === 'slow') await gate.promise;
        return 'ok';
      },
    });
    const slow = t.customer('slow').send('hi');
    await t.customer('fast').send('hi');
    expect(t.customer('fast').texts()).toEqual(['ok']);
    expect(t.customer('slow').texts()).toEqual([]);
    gate.release();
    await slow;
    expect(t.customer('slow').texts()).toEqual(['ok']);
  });

  it('CH8: a message delivered twice by the channel is processed once', async () => {
    const t = await createTestDesk();
    const c = t.customer('dup');
    const first = await c.send('hello', { externalId: 'wamid.1' });
    const again = await c.send('hello', { externalId: 'wamid.1' });
    expect(first.status).toBe('accepted');
    expect(again).toEqual({ status: 'duplicate' });
    expect(t.assistant.calls).toHaveLength(1);
    const row = (await t.desk.inbox.list()).items[0]!;
    expect(await t.desk.inbox.messages(row.conversation.id)).toHaveLength(2);
  });

  it('CH8: an assistant that throws on one conversation affects no other', async () => {
    const t = await createTestDesk({
      assistants: [],
      script: (input) => {
        if (input.contact.identities[0]?.externalId === 'bad') throw new Error('model exploded');
        return 'fine';
      },
    });
    await t.customer('bad').send('hi');
    await t.customer('good').send('hi');
    expect(t.customer('good').texts()).toEqual(['fine']);
    expect(t.customer('bad').texts()).toEqual([]);
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]?.error.message).toMatch(/model exploded/);
    expect(ParleyError.hasCode(t.errors[0]?.error, 'ASSISTANT_FAILED')).toBe(true);
  });

  it('CH8: a host middleware that throws is reported and the message stays in the inbox', async () => {
    const t = await createTestDesk();
    t.desk.use(async (ctx, next) => {
      if (ctx.contact.identities[0]?.externalId === 'x') throw new Error('middleware bug');
      await next();
    });
    const outcome = await t.customer('x').send('hi');
    await t.customer('y').send('hi');
    expect(outcome.status).toBe('accepted');
    expect(t.errors.map((e) => e.error.message)).toEqual(['middleware bug']);
    expect(t.customer('y').texts()).toEqual(['echo: hi']);
    expect((await t.desk.inbox.list()).items).toHaveLength(2);
  });

  it('CH8: host middleware may await desk.send() on its own conversation without deadlock', async () => {
    const t = await createTestDesk();
    t.desk.use(async (ctx, next) => {
      await t.desk.send({ conversationId: ctx.conversation.id }, 'one moment…');
      await t.desk.inbox.addLabel(ctx.conversation.id, 'seen');
      await next();
    });
    const c = t.customer('c');
    await c.send('hi');
    expect(c.texts()).toEqual(['one moment…', 'echo: hi']);
  });

  it('AI2: repeated assistant failures send the fallback and then hand off to humans', async () => {
    const clockless = scriptedAssistant(() => {
      throw new Error('timeout');
    });
    const t = await createTestDesk({
      route: { assistant: 'flaky' },
      assistants: [
        {
          id: 'flaky',
          assistant: clockless,
          fallbackMessage: 'Sorry, one moment.',
          maxFailures: 2,
          backupTeam: 'support',
        },
      ],
    });
    const handoffs: string[] = [];
    t.desk.on('handoff.requested', (e) => {
      handoffs.push(e.reason);
    });
    const c = t.customer('c');
    await c.send('one');
    await c.send('two');
    expect(c.texts()).toEqual(['Sorry, one moment.', 'Sorry, one moment.']);
    expect(handoffs).toHaveLength(1);
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    expect(conv.handler).toBe('queue');
    expect(conv.teamId).toBe('support');
    await c.send('three');
    expect(c.texts()).toHaveLength(2);
  });

  it('IN2: taking over while a reply is being generated stops that reply', async () => {
    const gate = deferred();
    let started = false;
    const t = await createTestDesk({
      script: async () => {
        started = true;
        await gate.promise;
        return 'late AI reply';
      },
    });
    const c = t.customer('c');
    const turn = c.send('I need help');
    while (!started) await new Promise((r) => setImmediate(r));
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    await t.desk.inbox.takeOver(conv.id, { operatorId: 'op-1' });
    gate.release();
    await turn;
    expect(c.texts()).toEqual([]);
    const after = await t.desk.inbox.get(conv.id);
    expect(after.handler).toBe('operator');
    expect(after.assigneeId).toBe('op-1');
    await c.send('hello?');
    expect(t.assistant.calls).toHaveLength(1);
  });

  it('RT5: sending to a new contact opens a business-started conversation', async () => {
    const t = await createTestDesk();
    const opened: string[] = [];
    t.desk.on('conversation.opened', (e) => {
      opened.push(e.conversation.origin);
    });
    const [sent] = await t.desk.send(
      { channelId: 'test', to: 'lead-1', name: 'Lead' },
      'Hi! Your quote is ready.',
    );
    expect(sent?.status).toBe('sent');
    expect(opened).toEqual(['business']);
    expect(t.customer('lead-1').texts()).toEqual(['Hi! Your quote is ready.']);
    const conv = await t.desk.inbox.get(sent!.conversationId);
    expect(conv.origin).toBe('business');
  });

  it('CH8: an invalid inbound message is refused with a reason and an error event', async () => {
    const t = await createTestDesk();
    const outcome = await t.desk.receive('test', {
      externalId: '',
      from: { externalId: 'x' },
      content: { type: 'text', text: 'hi' },
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error.message).toMatch(/externalId/);
    expect(t.errors[0]?.stage).toBe('validate');
  });

  it('IN4: a conversation idle past the tenant period is closed and the next message opens a new one', async () => {
    const t = await createTestDesk({ tenants: [{ id: 'default', autoCloseHours: 2 }] });
    const c = t.customer('c');
    await c.send('hi');
    const first = (await t.desk.inbox.list()).items[0]!.conversation;
    await t.clock.advance(2 * 3_600_000 + 1);
    await c.send('hello again');
    const rows = (await t.desk.inbox.list()).items;
    expect(rows).toHaveLength(2);
    expect((await t.desk.inbox.get(first.id)).status).toBe('closed');
    expect(rows[0]?.conversation.id).not.toBe(first.id);
  });

  it('PL3: a failed channel send is recorded and reported, and the next message is answered together with the unanswered one', async () => {
    const t = await createTestDesk();
    const c = t.customer('c');
    t.channel.failNextSends(1, new Error('socket closed'));
    await c.send('one');
    await c.send('two');
    // "one" was never answered (its turn stays for a retry): the next turn answers both.
    expect(c.texts()).toEqual(['echo: one + two']);
    expect(t.errors.map((e) => e.error.message).join()).toMatch(/socket closed/);
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    const statuses = (await t.desk.inbox.messages(conv.id)).map((m) => m.status);
    expect(statuses).toEqual(['received', 'failed', 'received', 'sent']);
  });
});

describe('configuration errors name the field', () => {
  const channel = () => memoryChannel();
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      'a channel id used twice',
      () =>
        createDesk({
          channels: [
            { id: 'a', adapter: channel() },
            { id: 'a', adapter: channel() },
          ],
        }),
      /"a" is used twice/,
    ],
    [
      'a route to an unknown assistant',
      () =>
        createDesk({ channels: [{ id: 'a', adapter: channel(), route: { assistant: 'nope' } }] }),
      /assistant "nope"/,
    ],
    [
      'a colour that is not hex',
      () => createDesk({ channels: [{ id: 'a', adapter: channel(), color: 'green' }] }),
      /channels\.0\.color/,
    ],
    [
      'an adapter that is not one',
      () => createDesk({ channels: [{ id: 'a', adapter: {} as never }] }),
      /channels\.0\.adapter/,
    ],
    [
      'IN4: auto-close of 0 hours',
      () => createDesk({ tenants: [{ id: 't', autoCloseHours: 0 }] }),
      /tenants\.0\.autoCloseHours.*between 1 and 72/,
    ],
    [
      'IN4: auto-close of 100 hours',
      () => createDesk({ tenants: [{ id: 't', autoCloseHours: 100 }] }),
      /tenants\.0\.autoCloseHours/,
    ],
    [
      'an id with spaces',
      () => createDesk({ channels: [{ id: 'my channel', adapter: channel() }] }),
      /channels\.0\.id/,
    ],
  ];
  for (const [name, make, message] of cases) {
    it(`rejects ${name}`, () => {
      try {
        make();
        expect.unreachable('createDesk should have thrown');
      } catch (e) {
        expect(ParleyError.hasCode(e, 'CONFIG_INVALID')).toBe(true);
        expect((e as Error).message).toMatch(message);
      }
    });
  }
});
