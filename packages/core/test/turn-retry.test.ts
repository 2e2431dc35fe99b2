import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import { createDesk } from '../src/desk/create-desk.js';
import type { DeskEvents } from '../src/events.js';
import { contentText } from '../src/model/content.js';
import { createMemoryScheduler } from '../src/scheduler/memory-scheduler.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { createFakeClock, memoryChannel, scriptedAssistant } from '../src/testing/index.js';
import { allPending, MAX_TURN_ATTEMPTS } from '../src/turns/pending-turns.js';

/** Answers at once, except the first call, which waits until released. */
function firstCallHeld() {
  let calls = 0;
  let release = () => {};
  const assistant: Assistant = {
    respond: async (input) => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      return {
        type: 'reply',
        messages: [{ type: 'text', text: `answer: ${contentText(input.turn.at(-1)!.content)}` }],
      };
    },
  };
  return { assistant, release: () => release(), calls: () => calls };
}

function deskWith(assistant: Assistant) {
  const store = createMemoryStore();
  const channel = memoryChannel();
  const errors: Array<DeskEvents['error']> = [];
  const options = { id: 'wa', adapter: channel, route: { assistant: 'bot' } };
  const desk = createDesk({
    store,
    teams: [{ id: 'support' }],
    assistants: [{ id: 'bot', assistant, backupTeam: 'support' }],
    channels: [options],
  });
  desk.on('error', (e) => errors.push(e));
  const pending = () => allPending({ store } as unknown as Parameters<typeof allPending>[0]);
  return { desk, channel, errors, options, pending };
}

const inbound = (externalId: string, text: string) => ({
  externalId,
  from: { externalId: 'ana' },
  content: { type: 'text' as const, text },
});

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setImmediate(r));
}

describe('turns that cannot finish here', () => {
  it('PL3: a turn whose channel leaves the process mid-turn is kept, not failed, and answered where the channel runs next', async () => {
    const held = firstCallHeld();
    const { desk, channel, errors, options, pending } = deskWith(held.assistant);
    await desk.start();
    await desk.receive('wa', inbound('m1', 'hello'), { wait: 'accepted' });
    await until(() => held.calls() === 1);
    // The lease moves while the model works (leaseDeskChannels removes the channel).
    await desk.channels.remove('wa');
    held.release();
    await desk.idle();
    expect(errors.map((e) => String(e.error))).toEqual([]);
    expect(channel.sent).toHaveLength(0);
    expect((await pending()).flat().map((p) => p.messageId)).toHaveLength(1);

    // The channel runs here again: its start resumes the turn.
    await desk.channels.add(options);
    await until(() => channel.sent.length > 0);
    await desk.idle();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['answer: hello']);
    expect(await pending()).toEqual([]);
    await desk.stop();
  });

  it('PL3: a turn that throws stays pending and runs again on recovery, at most MAX_TURN_ATTEMPTS times', async () => {
    let failures = 1;
    const { desk, channel, errors, pending } = deskWith({
      respond: async () => ({ type: 'reply', messages: [{ type: 'text', text: 'answered' }] }),
    });
    desk.use(async (_ctx, next) => {
      if (failures-- > 0) throw new Error('store hiccup');
      await next();
    });
    await desk.start();
    await desk.receive('wa', inbound('m1', 'hello'));
    expect(errors.map((e) => String(e.error))).toEqual(['Error: store hiccup']);
    expect((await pending()).flat().map((p) => p.attempts)).toEqual([1]);
    await desk.stop();
    await desk.start(); // the recovery runs it again
    await until(() => channel.sent.length > 0);
    await desk.idle();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['answered']);
    expect(await pending()).toEqual([]);

    // A turn that always throws is dropped after its last attempt (it stays in the inbox).
    failures = Number.POSITIVE_INFINITY;
    errors.length = 0;
    await desk.receive('wa', inbound('m2', 'again'));
    for (let run = 1; run < MAX_TURN_ATTEMPTS; run++) {
      expect(await pending()).toHaveLength(1);
      await desk.stop();
      await desk.start();
      await until(async () => errors.length > run);
      await desk.idle();
    }
    expect(errors).toHaveLength(MAX_TURN_ATTEMPTS);
    expect(await pending()).toEqual([]);
    expect(channel.sent).toHaveLength(1);
    await desk.stop();
  });

  it("PL3: with a shared scheduler each process sweeps its own channels' stale turns on its own timer, without a restart", async () => {
    const clock = createFakeClock('2026-12-07T10:00:00Z');
    const store = createMemoryStore({ clock });
    // As the Postgres scheduler: jobs are shared between processes.
    const scheduler = Object.assign(createMemoryScheduler({ clock }), { shared: true as const });
    const channel = memoryChannel();
    const desk = createDesk({
      store,
      scheduler,
      clock,
      turnRecovery: { sweepEveryMs: 15_000, staleAfterMs: 30_000 },
      teams: [{ id: 'support' }],
      assistants: [
        { id: 'bot', assistant: scriptedAssistant(() => 'answered'), backupTeam: 'support' },
      ],
      channels: [{ id: 'wa', adapter: channel, route: { assistant: 'bot' } }],
    });
    const errors: unknown[] = [];
    desk.on('error', (e) => errors.push(e.error));
    let failures = 1;
    desk.use(async (_ctx, next) => {
      if (failures-- > 0) throw new Error('store hiccup');
      await next();
    });
    await desk.start();
    await desk.receive('wa', inbound('m1', 'hello'));
    expect(errors).toHaveLength(1);
    expect(channel.sent).toEqual([]);
    // Not stale yet at the first sweep; answered by a later one.
    await clock.advance(15_000);
    expect(channel.sent).toEqual([]);
    await clock.advance(30_000);
    await desk.idle();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['answered']);
    await desk.stop();
  });
});
