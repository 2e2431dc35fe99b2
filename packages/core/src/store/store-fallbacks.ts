import { kvUsageLedger } from './kv-usage.js';
import { scanInbox } from './scan-inbox.js';
import type { DeskStore, InboxIndex, Store, UsageLedger } from './store.js';

/** The key-value space core keeps usage records in when the store has no ledger. */
export const USAGE_NAMESPACE = 'usage';

export function hasInboxIndex(store: Store): store is Store & InboxIndex {
  return typeof store.listConversations === 'function';
}

export function hasUsageLedger(store: Store): store is Store & UsageLedger {
  return typeof store.recordUsage === 'function' && typeof store.usageTotals === 'function';
}

/**
 * The store with every optional capability the engine uses: the store's own where it
 * has them, core's fallbacks otherwise (inbox by scanning, usage in key-value). A store
 * that has them all is returned as it is; otherwise the result inherits from it, so
 * its other members (export scans, locks, `close`) stay reachable.
 */
export function withStoreFallbacks(store: Store): DeskStore {
  const inbox = hasInboxIndex(store);
  const usage = hasUsageLedger(store);
  if (inbox && usage) return store;
  const completed = Object.create(store) as DeskStore;
  if (!inbox) completed.listConversations = (tenantId, query) => scanInbox(store, tenantId, query);
  if (!usage) {
    const ledger = kvUsageLedger(store.kv(USAGE_NAMESPACE));
    completed.recordUsage = ledger.recordUsage;
    completed.usageTotals = ledger.usageTotals;
  }
  return completed;
}
