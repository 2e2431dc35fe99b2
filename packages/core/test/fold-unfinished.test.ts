import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import { createDesk } from '../src/desk/create-desk.js';
import { contentText } from '../src/model/content.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { createTestDesk, memoryChannel } from '../src/testing/index.js';
import { allPending } from '../src/turns/pending-turns.js';

/** Answers with the texts of the turn's messages, so what a reply answers can be read. */
const echo: Assistant = {
  respond: async (input) => ({
    type: 'reply',
    messages: [{ type: 'text', text: input.turn.map((m) => contentText(m.content)).join(' + ') }],
  }),
};

const inbound = (externalId: string, text: string) => ({
  externalId,
  from: { externalId: '5511999990000' },
  content: { type: 'text' as const, text },
});

describe('a message that arrives while earlier ones still have unfinished turns', () => {
  it('PL3: is answered together with them, oldest first, and ends their records too', async () => {
    const store = createMemoryStore();
    const channel = memoryChannel();
    const desk = createDesk({
      store,
      teams: [{ id: 'support' }],
      assistants: [{ id: 'bot', assistant: echo, backupTeam: 'support' }],
      channels: [{ id: 'wa', adapter: channel, route: { assistant: 'bot' } }],
    });
    const errors: unknown[] = [];
    desk.on('error', (e) => errors.push(e.error));
    // The first turn throws (a hiccup): its record stays for the recovery.
    let failures = 1;
    desk.use(async (_ctx, next) => {
      if (failures-- > 0) throw new Error('hiccup');
      await next();
    });
    await desk.start();
    await desk.receive('wa', inbound('m1', 'first question'));
    expect(errors).toHaveLength(1);
    const pending = () => allPending({ store } as unknown as Parameters<typeof allPending>[0]);
    expect((await pending()).flat()).toHaveLength(1);
    // Before any recovery, the customer writes again.
    await desk.receive('wa', inbound('m2', 'second question'));
    await desk.idle();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual([
      'first question + second question',
    ]);
    expect(await pending()).toEqual([]);
    // A later recovery finds nothing left to answer.
    await desk.stop();
    await desk.start();
    await desk.idle();
    expect(channel.sent).toHaveLength(1);
    await desk.stop();
  });

  it('RT9: a burst whose flush throws stays and is answered when the job runs again', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 20_000 } },
    });
    let failures = 1;
    t.desk.use(async (_ctx, next) => {
      if (failures-- > 0) throw new Error('hiccup');
      await next();
    });
    const c = t.customer('c');
    await c.send('one');
    await c.send('two');
    await t.clock.advance(4000);
    expect(t.errors.map((e) => e.error.message)).toContain('hiccup');
    expect(c.texts()).toEqual([]);
    await t.clock.advance(120_000);
    expect(c.texts()).toEqual(['echo: one + two']);
  });
});
