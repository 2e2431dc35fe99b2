import {
  type Csat,
  DEFAULT_TENANT,
  type Page,
  ParleyError,
  type PluginQueries,
  type PluginScans,
  type Store,
} from '@parley/core';

/** The read-only scans export and retention use (never a write). */
export type DataScans = PluginScans & Pick<PluginQueries, 'getConversation'>;

/**
 * What export reads from: the `dataManagement()` plug-in (its `scans`), or a desk (its
 * store, read only) for hosts that have not moved to the plug-in.
 */
export interface DataSource {
  /** Read-only scans, as the plug-in has them. */
  readonly scans?: DataScans;
  /** A desk's store; only its scans are read. */
  readonly store?: Store;
  tenant(tenantId: string): { readonly csat: Csat };
}

const methods = ['listContacts', 'scanConversations', 'scanMessages', 'scanUsage'] as const;

/** The source's scans, or a ParleyError saying which methods its store lacks. */
export function scansOf(source: DataSource): DataScans {
  if (source.scans) return source.scans;
  const store = source.store as (Store & Partial<PluginScans>) | undefined;
  const missing = methods.filter((m) => typeof store?.[m] !== 'function');
  if (!store || missing.length > 0) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `This store cannot be exported or pruned: it lacks ${missing.join(', ')}. Use the memory store or a Postgres store version that implements DataStore (IN7, IN8).`,
    );
  }
  const s = store as Store & PluginScans;
  return {
    listContacts: (t, q) => s.listContacts(t, q),
    scanConversations: (t, q) => s.scanConversations(t, q),
    scanMessages: (t, q) => s.scanMessages(t, q),
    scanUsage: (t, q) => s.scanUsage(t, q),
    getConversation: (t, id) => s.getConversation(t, id),
  };
}

/** Every item of a keyset scan, page after page. */
export async function* pages<T>(
  scan: (cursor: string | undefined) => Promise<Page<T>>,
  signal?: AbortSignal,
): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await scan(cursor);
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

export const tenantOf = (tenantId: string | undefined) => tenantId ?? DEFAULT_TENANT;
