import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import { createDesk } from '../src/desk/create-desk.js';
import type { DeskEvents } from '../src/events.js';
import { contentText } from '../src/model/content.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/store.js';
import { memoryChannel, scriptedAssistant } from '../src/testing/index.js';
import { allPending } from '../src/turns/pending-turns.js';

/** An assistant that answers only when released; aborts end its wait. */
function heldAssistant() {
  const waiting: Array<() => void> = [];
  let calls = 0;
  const assistant: Assistant = {
    respond: (input, { signal }) => {
      calls++;
      return new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
        waiting.push(() =>
          resolve({
            type: 'reply',
            messages: [{ type: 'text', text: `late: ${contentText(input.turn.at(-1)!.content)}` }],
          }),
        );
      });
    },
  };
  return {
    assistant,
    release: () => {
      for (const w of waiting.splice(0)) w();
    },
    get calls() {
      return calls;
    },
  };
}

function deskOn(store: Store, assistant: Assistant) {
  const channel = memoryChannel();
  const errors: Array<DeskEvents['error']> = [];
  const desk = createDesk({
    store,
    teams: [{ id: 'support' }],
    assistants: [{ id: 'bot', assistant, backupTeam: 'support' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
  });
  desk.on('error', (e) => errors.push(e));
  return { desk, channel, errors };
}

const inbound = (externalId: string, text: string) => ({
  externalId,
  from: { externalId: 'ana' },
  content: { type: 'text' as const, text },
});

/** Settles background work started by `start()` (recovery) on the memory store. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
}

describe('durable turns', () => {
  it('P-14: a channel receive resolves once the message is recorded, before a slow assistant answers', async () => {
    const held = heldAssistant();
    const { desk, channel } = deskOn(createMemoryStore(), held.assistant);
    await desk.start();
    const outcome = await desk.receive('web', inbound('m1', 'hello'), { wait: 'accepted' });
    expect(outcome.status).toBe('accepted');
    expect(channel.sent).toHaveLength(0);
    const rows = await desk.inbox.list();
    expect(rows.items).toHaveLength(1);
    await until(() => held.calls === 1);
    held.release();
    await until(() => channel.sent.length > 0);
    await desk.stop();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['late: hello']);
  });

  it('PL3: a turn cut short by desk.stop() runs after the next start, once', async () => {
    const store = createMemoryStore();
    const first = deskOn(store, heldAssistant().assistant);
    await first.desk.start();
    await first.desk.receive('web', inbound('m1', 'hello'), { wait: 'accepted' });
    await first.desk.stop();
    expect(first.channel.sent).toHaveLength(0);

    const bot = scriptedAssistant((input) => `answer: ${contentText(input.turn.at(-1)!.content)}`);
    const second = deskOn(store, bot);
    await second.desk.start();
    await until(() => second.channel.sent.length > 0);
    expect(second.channel.sent.map((m) => contentText(m.content))).toEqual(['answer: hello']);
    expect(await allPending(runtimeOf(store))).toEqual([]);
    // The channel's own retry of the message is now a plain duplicate.
    expect((await second.desk.receive('web', inbound('m1', 'hello'))).status).toBe('duplicate');
    expect(second.channel.sent).toHaveLength(1);
    expect(second.errors).toEqual([]);
    await second.desk.stop();
  });

  it('PL3: a redelivered message whose turn never finished is answered, not reported duplicate', async () => {
    const store = createMemoryStore();
    const first = deskOn(store, heldAssistant().assistant);
    await first.desk.start();
    await first.desk.receive('web', inbound('m1', 'hello'), { wait: 'accepted' });
    await first.desk.stop(); // the turn stays pending, as after a crash

    // Not started: nothing resumes the turn but the redelivery itself.
    const second = deskOn(
      store,
      scriptedAssistant(() => 'answered'),
    );
    const outcome = await second.desk.receive('web', inbound('m1', 'hello'));
    expect(outcome.status).toBe('accepted');
    expect(second.channel.sent.map((m) => contentText(m.content))).toEqual(['answered']);
    expect((await second.desk.receive('web', inbound('m1', 'hello'))).status).toBe('duplicate');
    expect(second.channel.sent).toHaveLength(1);
  });

  it("PL3: an operator's takeover or solve stops a pending turn", async () => {
    for (const action of ['takeOver', 'solve'] as const) {
      const store = createMemoryStore();
      const first = deskOn(store, heldAssistant().assistant);
      await first.desk.start();
      const accepted = await first.desk.receive('web', inbound('m1', 'hello'), {
        wait: 'accepted',
      });
      await first.desk.stop();
      if (accepted.status !== 'accepted') throw new Error('not accepted');

      const bot = scriptedAssistant(() => 'should not be sent');
      const second = deskOn(store, bot);
      if (action === 'takeOver')
        await second.desk.inbox.takeOver(accepted.conversationId, { operatorId: 'op' });
      else await second.desk.inbox.solve(accepted.conversationId);
      await second.desk.start();
      await until(() => false);
      expect(bot.calls).toHaveLength(0);
      expect(second.channel.sent.map((m) => contentText(m.content))).not.toContain(
        'should not be sent',
      );
      await second.desk.stop();
    }
  });

  it('PL3: after a restart the pending turn is answered before newer messages, in order', async () => {
    const store = createMemoryStore();
    const first = deskOn(store, heldAssistant().assistant);
    await first.desk.start();
    await first.desk.receive('web', inbound('m1', 'one'), { wait: 'accepted' });
    await first.desk.stop();
    const second = deskOn(
      store,
      scriptedAssistant((i) => i.turn.map((m) => contentText(m.content)).join('+')),
    );
    await second.desk.start();
    await until(() => second.channel.sent.length > 0);
    await second.desk.receive('web', inbound('m2', 'two'));
    expect(second.channel.sent.map((m) => contentText(m.content))).toEqual(['one', 'two']);
    await second.desk.stop();
  });
});

/** `allPending` reads through the runtime only for its store; a stand-in is enough here. */
function runtimeOf(store: Store) {
  return { store } as unknown as Parameters<typeof allPending>[0];
}
