import type { ChannelContext, Contact, ContactPatch } from '@parley/core';

/** A contact as the API channel answers it (its id is the contact's address on the channel). */
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
 * What the channel keeps of a contact. Until the desk has a contact for this address
 * (it has neither written nor been written to), the profile lives here. Once the desk
 * holds it (`inDesk`), the desk's contact is the one record of name, email, phone and
 * attributes — what operators see and routing rules read — and the fields here only
 * mirror it as the channel last saw it, to answer `GET /contacts/:id`.
 */
export interface StoredContact extends ApiContact {
  inDesk?: boolean;
}

/** The profile fields the desk's contact takes. */
export function profileOf(contact: ApiContact): ContactPatch {
  return {
    ...(contact.name !== undefined && { name: contact.name }),
    ...(contact.email !== undefined && { email: contact.email }),
    ...(contact.phone !== undefined && { phone: contact.phone }),
    attributes: contact.attributes,
  };
}

/** The contact as JSON: the channel's own bookkeeping (`inDesk`) stays inside. */
export function publicContact(contact: StoredContact): ApiContact {
  const { inDesk: _inDesk, ...rest } = contact;
  return rest;
}

/**
 * The channel's contacts and which contact each conversation belongs to, in the
 * channel's key-value space (`contact:<id>`, `conv:<conversationId>`).
 */
export class ContactBook {
  /** Conversations already recorded by this process; spares a store write per send. */
  private readonly knownConversations = new Set<string>();

  constructor(private readonly ctx: ChannelContext) {}

  get(id: string): Promise<StoredContact | undefined> {
    return this.ctx.kv.get<StoredContact>(`contact:${id}`);
  }

  save(contact: StoredContact): Promise<void> {
    return this.ctx.kv.set(`contact:${contact.id}`, contact);
  }

  /**
   * Hands the profile kept here to the desk's contact, once the desk has one: the
   * profile an API client set before the first message (attributes above all, which
   * an inbound message cannot carry) becomes the desk's. Returns what is stored now.
   */
  async handToDesk(contact: StoredContact): Promise<StoredContact> {
    if (contact.inDesk) return contact;
    const desk = await this.ctx.updateContact(contact.id, profileOf(contact));
    if (!desk) return contact;
    const next = this.mirror(contact, desk);
    await this.save(next);
    return next;
  }

  /** `contact` with the desk's profile fields, as the channel now knows them. */
  mirror(contact: StoredContact, desk: Contact): StoredContact {
    const { name: _n, email: _e, phone: _p, ...rest } = contact;
    return {
      ...rest,
      ...(desk.name !== undefined && { name: desk.name }),
      ...(desk.email !== undefined && { email: desk.email }),
      ...(desk.phone !== undefined && { phone: desk.phone }),
      attributes: { ...desk.attributes },
      inDesk: true,
      updatedAt: this.ctx.clock.now().toISOString(),
    };
  }

  /** The contact id a conversation belongs to, if this channel has seen it. */
  async conversationOwner(conversationId: string): Promise<string | undefined> {
    return (await this.ctx.kv.get<{ contactId: string }>(`conv:${conversationId}`))?.contactId;
  }

  async noteConversation(conversationId: string, contactId: string): Promise<void> {
    if (this.knownConversations.has(conversationId)) return;
    await this.ctx.kv.set(`conv:${conversationId}`, { contactId });
    if (this.knownConversations.size >= 10_000) this.knownConversations.clear();
    this.knownConversations.add(conversationId);
  }
}
