import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Contact } from '../model/records.js';
import { recordCacheOf } from '../turns/record-cache.js';

/** The in-process queue key that serialises writes of one contact. */
export function contactQueueKey(tenantId: string, contactId: string): string {
  return `contact\u0000${tenantId}\u0000${contactId}`;
}

/**
 * Read-modify-write of one contact, serialised per contact so an operator's rename
 * and a turn's `lastInboundAt` update never overwrite each other.
 */
export function mutateContact(
  rt: DeskRuntime,
  tenantId: string,
  contactId: string,
  change: (contact: Contact) => Contact | undefined,
): Promise<Contact> {
  return rt.queue.run(contactQueueKey(tenantId, contactId), async () => {
    // From the store itself, not a turn's cached copy: contacts have no cross-process lock.
    const fresh = recordCacheOf(rt.store)?.freshContact;
    const current = await (fresh
      ? fresh(tenantId, contactId)
      : rt.store.getContact(tenantId, contactId));
    if (!current)
      throw new ParleyError('NOT_FOUND', `No contact "${contactId}" in tenant "${tenantId}".`);
    const next = change(current);
    if (!next) return current;
    const saved = { ...next, updatedAt: rt.clock.now() };
    await rt.store.saveContact(saved);
    return saved;
  });
}
