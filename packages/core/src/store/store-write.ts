import type { Contact, Conversation, Message } from '../model/records.js';

/**
 * One write of `Store.batch`: what `saveContact`, `saveConversation`, `appendMessage`
 * and a key-value `set` / `delete` would do.
 */
export type StoreWrite =
  | { kind: 'contact'; contact: Contact }
  | { kind: 'conversation'; conversation: Conversation }
  | { kind: 'message'; message: Message }
  | { kind: 'kv-set'; namespace: string; key: string; value: unknown; ttlMs?: number }
  | { kind: 'kv-delete'; namespace: string; key: string };
