import type { DeskRuntime } from '../desk/runtime.js';
import type { Store } from '../store/store.js';
import type { StoreWrite } from '../store/store-write.js';

/**
 * Applies `writes` with `Store.batch` (one round trip, all or none) when the store has
 * it, else with the matching methods in order.
 */
export async function writeAll(rt: DeskRuntime, writes: readonly StoreWrite[]): Promise<void> {
  if (writes.length === 0) return;
  if (rt.store.batch) return rt.store.batch(writes);
  return writeInTurn(rt.store, writes);
}

/** `writes` one after another with the store's own methods (a store without `batch`). */
export async function writeInTurn(store: Store, writes: readonly StoreWrite[]): Promise<void> {
  for (const w of writes) {
    switch (w.kind) {
      case 'contact':
        await store.saveContact(w.contact);
        break;
      case 'conversation':
        await store.saveConversation(w.conversation);
        break;
      case 'message':
        await store.appendMessage(w.message);
        break;
      case 'kv-set':
        await store
          .kv(w.namespace)
          .set(w.key, w.value, w.ttlMs === undefined ? {} : { ttlMs: w.ttlMs });
        break;
      case 'kv-delete':
        await store.kv(w.namespace).delete(w.key);
        break;
    }
  }
}
