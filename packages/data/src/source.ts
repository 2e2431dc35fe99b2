import {
  type Csat,
  type DataStore,
  DEFAULT_TENANT,
  type MessageScan,
  type Page,
  ParleyError,
  type Store,
} from '@parley/core';

// The capability export and retention need is core's `DataStore` (scans and erasure).
export type { DataStore, MessageScan };

/** What export and data management read from: a desk (or just its store and CSAT). */
export interface DataSource {
  readonly store: Store;
  tenant(tenantId: string): { readonly csat: Csat };
}

const methods = [
  'listContacts',
  'scanConversations',
  'scanMessages',
  'scanUsage',
  'deleteMessages',
  'anonymiseMessages',
  'deleteConversation',
  'deleteContact',
] as const;

/** The store as a `DataStore`, or a ParleyError saying which methods it lacks. */
export function dataStoreOf(source: DataSource): DataStore {
  const missing = methods.filter(
    (m) => typeof (source.store as Partial<DataStore>)[m] !== 'function',
  );
  if (missing.length > 0) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `This store cannot be exported or pruned: it lacks ${missing.join(', ')}. Use the memory store or a Postgres store version that implements DataStore (IN7, IN8).`,
    );
  }
  return source.store as DataStore;
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
