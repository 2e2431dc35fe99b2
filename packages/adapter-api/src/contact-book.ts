import type { KeyValue } from '@parley/core';

/** A contact as the API channel keeps it (its id is the contact's address on the channel). */
export interface ApiContact {
  id: string;
  name?: string;
  email?: string;
  phone?: string;
  attributes: Record<string, string | number | boolean>;
  /** CH7: a valid identity hash was presented for this id; from now on one is required. */
  verified: boolean;
  /** `api`: created over HTTP; `business`: the desk wrote to this address first. */
  origin: 'api' | 'business';
  createdAt: string;
  updatedAt: string;
}

/**
 * The channel's contacts and which contact each conversation belongs to, in the
 * channel's key-value space (`contact:<id>`, `conv:<conversationId>`).
 */
export class ContactBook {
  /** Conversations already recorded by this process; spares a store write per send. */
  private readonly knownConversations = new Set<string>();

  constructor(private readonly kv: KeyValue) {}

  get(id: string): Promise<ApiContact | undefined> {
    return this.kv.get<ApiContact>(`contact:${id}`);
  }

  save(contact: ApiContact): Promise<void> {
    return this.kv.set(`contact:${contact.id}`, contact);
  }

  /** The contact id a conversation belongs to, if this channel has seen it. */
  async conversationOwner(conversationId: string): Promise<string | undefined> {
    return (await this.kv.get<{ contactId: string }>(`conv:${conversationId}`))?.contactId;
  }

  async noteConversation(conversationId: string, contactId: string): Promise<void> {
    if (this.knownConversations.has(conversationId)) return;
    await this.kv.set(`conv:${conversationId}`, { contactId });
    if (this.knownConversations.size >= 10_000) this.knownConversations.clear();
    this.knownConversations.add(conversationId);
  }
}
