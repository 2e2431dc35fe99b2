import { newId } from '../util/ids.js';
import { sumUsage, usageMatches } from './memory-scan.js';
import type { KeyValue, UsageFilter, UsageLedger, UsageRecord, UsageTotals } from './store.js';

/** What a usage record becomes in a key-value space: JSON, the time as epoch ms. */
type StoredUsage = Omit<UsageRecord, 'at'> & { at: number };

// Keys sort by tenant, then time: `usageTotals` lists one tenant's prefix.
const keyOf = (r: UsageRecord) =>
  `${r.tenantId}|${String(r.at.getTime()).padStart(15, '0')}|${newId('use')}`;

/**
 * Usage accounting (AI6) for a store without a `UsageLedger`: one key-value entry per
 * model call in `kv`; totals add up the tenant's entries on each call.
 */
export function kvUsageLedger(kv: KeyValue): UsageLedger {
  return {
    async recordUsage(record: UsageRecord): Promise<void> {
      const stored: StoredUsage = { ...record, at: record.at.getTime() };
      await kv.set(keyOf(record), stored);
    },
    async usageTotals(tenantId: string, filter: UsageFilter = {}): Promise<UsageTotals> {
      const entries = await kv.list<StoredUsage>(`${tenantId}|`);
      const records: UsageRecord[] = [];
      for (const { value } of entries) {
        // A tenant id may itself contain `|`: the prefix alone is not proof.
        if (value.tenantId !== tenantId) continue;
        const record = { ...value, at: new Date(value.at) };
        if (usageMatches(record, filter)) records.push(record);
      }
      return sumUsage(records);
    },
  };
}
