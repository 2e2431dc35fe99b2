import type { DataStore, MessageSelector, Store } from '../store/store.js';

/**
 * Read-only scans of one tenant's records, page by page (export, retention). A plug-in
 * gets them as `api.scans` when the store implements them (`DataStore`).
 */
export type PluginScans = Pick<
  DataStore,
  'listContacts' | 'scanConversations' | 'scanMessages' | 'scanUsage'
>;

/**
 * What a data-retention plug-in may remove (IN8). Only a plug-in that declares
 * `needs: ['erasure']` gets it, and only on a store that can erase.
 */
export interface PluginErasure {
  /** Deletes the selected messages; resolves with how many went. */
  deleteMessages(tenantId: string, selector: MessageSelector): Promise<number>;
  /** Replaces the selected messages' content with `ANONYMISED_CONTENT`; resolves with how many changed. */
  anonymiseMessages(tenantId: string, selector: MessageSelector): Promise<number>;
  /**
   * Drops (`delete`) or blanks to `[anonymised]` (`anonymise`) the inbox snippet of a
   * conversation whose last message is older than `before`; false when it is not.
   */
  clearSnippet(
    tenantId: string,
    conversationId: string,
    before: Date,
    action: 'delete' | 'anonymise',
  ): Promise<boolean>;
  /** Deletes a conversation and its messages. */
  deleteConversation(tenantId: string, id: string): Promise<void>;
  /** Deletes a contact (delete its conversations first). */
  deleteContact(tenantId: string, id: string): Promise<void>;
}

const scanMethods = ['listContacts', 'scanConversations', 'scanMessages', 'scanUsage'] as const;
const eraseMethods = ['deleteMessages', 'anonymiseMessages', 'deleteConversation'] as const;

const has = (store: Store, methods: readonly string[]) =>
  methods.every((m) => typeof (store as unknown as Record<string, unknown>)[m] === 'function');

/** The store's scans, bound, when it has them (no other store method is reachable). */
export function scansOf(store: Store): PluginScans | undefined {
  if (!has(store, scanMethods)) return undefined;
  const s = store as DataStore;
  return {
    listContacts: (t, q) => s.listContacts(t, q),
    scanConversations: (t, q) => s.scanConversations(t, q),
    scanMessages: (t, q) => s.scanMessages(t, q),
    scanUsage: (t, q) => s.scanUsage(t, q),
  };
}

/** The erasure a retention plug-in uses, when the store can erase. */
export function erasureOf(store: Store): PluginErasure | undefined {
  if (!has(store, eraseMethods)) return undefined;
  const s = store as DataStore;
  return {
    deleteMessages: (t, selector) => s.deleteMessages(t, selector),
    anonymiseMessages: (t, selector) => s.anonymiseMessages(t, selector),
    deleteConversation: (t, id) => s.deleteConversation(t, id),
    deleteContact: (t, id) => s.deleteContact(t, id),
    async clearSnippet(t, id, before, action) {
      // Read just before writing: the conversation may have moved on meanwhile.
      const fresh = await s.getConversation(t, id);
      if (!fresh?.lastMessage || fresh.lastMessage.at >= before) return false;
      const { lastMessage, ...rest } = fresh;
      await s.saveConversation(
        action === 'delete'
          ? rest
          : { ...rest, lastMessage: { ...lastMessage, text: '[anonymised]' } },
      );
      return true;
    },
  };
}
