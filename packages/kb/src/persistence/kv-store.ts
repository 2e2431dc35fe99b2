import type { KeyValue, Logger } from '@parley/core';
import { type StoredDocument, storedDocumentSchema } from './snapshot.js';

/** Where one knowledge base keeps its documents in a host's `KeyValue` store. */
export interface DocumentStore {
  loadAll(): Promise<StoredDocument[]>;
  save(document: StoredDocument): Promise<void>;
  delete(documentId: string): Promise<void>;
}

/**
 * One key per document under `<tenant>/<knowledge base>/doc/`, so an update writes only
 * the document that changed and two tenants sharing a store never read each other's keys.
 */
export function documentStore(
  kv: KeyValue,
  tenantId: string,
  id: string,
  logger: Logger,
): DocumentStore {
  const prefix = `${encodeURIComponent(tenantId)}/${encodeURIComponent(id)}/doc/`;
  const key = (documentId: string) => prefix + encodeURIComponent(documentId);
  return {
    async loadAll() {
      const documents: StoredDocument[] = [];
      for (const entry of await kv.list<unknown>(prefix)) {
        const parsed = storedDocumentSchema.safeParse(entry.value);
        if (parsed.success) documents.push(parsed.data);
        else logger.warn('kb: skipped an unreadable stored document', { key: entry.key });
      }
      return documents;
    },
    save: (document) => kv.set(key(document.documentId), document),
    delete: (documentId) => kv.delete(key(documentId)),
  };
}
