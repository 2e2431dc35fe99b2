import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import { keyOf } from '../src/desk/runtime.js';
import { contentText } from '../src/model/content.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/store.js';
import type { StoreWrite } from '../src/store/store-write.js';
import { memoryChannel, scriptedAssistant } from '../src/testing/index.js';
import { conversation, message, T1 } from '../src/testing/store-fixtures.js';
import { createRecordCache, inTurnScope } from '../src/turns/record-cache.js';
import { writeInTurn } from '../src/turns/write-all.js';

/** A memory store with `batch` (as the database stores have), logging each batch's kinds. */
function batchingStore(options: { failWhen?: (writes: readonly StoreWrite[]) => boolean } = {}) {
  const inner = createMemoryStore();
  const batches: string[][] = [];
  const batch = async (writes: readonly StoreWrite[]) => {
    if (options.failWhen?.(writes)) throw new Error('database unavailable');
    batches.push(writes.map((w) => (w.kind === 'kv-delete' ? `kv-delete ${w.namespace}` : w.kind)));
    await writeInTurn(inner, writes);
  };
  const store = new Proxy(inner, {
    get: (target, prop, receiver) =>
      prop === 'batch' ? batch : Reflect.get(target, prop, receiver),
    has: (target, prop) => prop === 'batch' || Reflect.has(target, prop),
  }) as Store;
  return { store, inner, batches };
}

describe('write-behind: a turn ends in one write', () => {
  it("PL3: the reply's record travels in the same batch as the end of its turn", async () => {
    const { store, batches } = batchingStore();
    const channel = memoryChannel();
    const desk = createDesk({
      store,
      teams: [{ id: 'humans' }],
      assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'humans' }],
      channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
    });
    await desk.start();
    const customer = channel.customer('c1');
    await customer.send('hi');
    await desk.idle();
    expect(batches.at(-1)).toEqual(['message', 'conversation', 'kv-delete parley.turns']);
    // Nothing is lost: the inbox and the history show the reply.
    const [row] = (await desk.inbox.list()).items;
    const history = await desk.inbox.messages(row!.conversation.id);
    expect(history.map((m) => contentText(m.content))).toEqual(['hi', 'ok']);
    await desk.stop();
  });

  it('PL3: a later write of the same conversation, and any read of records, wait for the held writes', async () => {
    const { store, inner, batches } = batchingStore();
    const cache = createRecordCache(store);
    const conv = conversation('conv1', 'k1', 0);
    const key = keyOf(conv);
    const reply = message('m1', 'conv1', 0);
    await inTurnScope(cache.store, key, async () => {
      expect(cache.hold(key, conv, [{ kind: 'message', message: reply }])).toBe(true);
      // Held: not in the host's store yet.
      expect(await inner.listMessages(T1, 'conv1')).toEqual([]);
      // A read that goes to the store (an inbox list, a scan) writes them first.
      await cache.store.scanConversations(T1);
      expect((await inner.listMessages(T1, 'conv1')).map((m) => m.id)).toEqual(['m1']);
      expect(cache.hold(key, conv, [{ kind: 'conversation', conversation: conv }])).toBe(true);
      // A write of the same conversation goes after the held one.
      await cache.store.saveConversation({ ...conv, unreadCount: 3 });
    });
    expect(batches).toEqual([['message'], ['conversation']]);
    expect((await inner.getConversation(T1, 'conv1'))?.unreadCount).toBe(3);
  });

  it('PL3: when the batch fails the held writes are kept for the next try, and the caller gets the error', async () => {
    let failing = true;
    const { store, inner } = batchingStore({ failWhen: () => failing });
    const cache = createRecordCache(store);
    const conv = conversation('conv1', 'k1', 0);
    const key = keyOf(conv);
    const end: StoreWrite[] = [{ kind: 'kv-delete', namespace: 'parley.turns', key: 'x' }];
    await inTurnScope(cache.store, key, async () => {
      cache.hold(key, conv, [{ kind: 'message', message: message('m1', 'conv1', 0) }]);
      await expect(cache.flush(key, end)).rejects.toThrow('database unavailable');
      failing = false;
      await cache.flush(key, end);
    });
    expect((await inner.listMessages(T1, 'conv1')).map((m) => m.id)).toEqual(['m1']);
  });

  it('PL3: outside a scope, or on a store without batch, nothing is held', async () => {
    const { store } = batchingStore();
    const cache = createRecordCache(store);
    expect(cache.hold('nobody', conversation('c', 'k1', 0), [])).toBe(false);
    const bare = createRecordCache(createMemoryStore());
    await inTurnScope(bare.store, 'k', async () => {
      expect(bare.hold('k', conversation('c', 'k1', 0), [])).toBe(false);
    });
  });
});
