import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Contact } from '../model/records.js';

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
  return rt.queue.run(`contact\u0000${tenantId}\u0000${contactId}`, async () => {
    const current = await rt.store.getContact(tenantId, contactId);
    if (!current)
      throw new ParleyError('NOT_FOUND', `No contact "${contactId}" in tenant "${tenantId}".`);
    const next = change(current);
    if (!next) return current;
    const saved = { ...next, updatedAt: rt.clock.now() };
    await rt.store.saveContact(saved);
    return saved;
  });
}
