import { mutateContact } from '../conversation/mutate-contact.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Contact, ContactNote } from '../model/records.js';
import { newId } from '../util/ids.js';

/** Operator actions on contacts (IN2): rename, labels, notes, attributes. Tenant-scoped. */
export interface Contacts {
  get(contactId: string): Promise<Contact>;
  rename(contactId: string, name: string): Promise<Contact>;
  addLabel(contactId: string, label: string): Promise<Contact>;
  removeLabel(contactId: string, label: string): Promise<Contact>;
  addNote(contactId: string, text: string, options?: { author?: string }): Promise<ContactNote>;
  setAttributes(contactId: string, attributes: Contact['attributes']): Promise<Contact>;
}

export function createContacts(rt: DeskRuntime, tenantId: string): Contacts {
  const text = (value: string, what: string, max: number) => {
    const v = value.trim();
    if (!v || v.length > max)
      throw new ParleyError('INPUT_INVALID', `${what} must be 1–${max} characters.`);
    return v;
  };
  const mutate = (id: string, change: (c: Contact) => Contact | undefined) =>
    mutateContact(rt, tenantId, id, change);

  return {
    async get(id) {
      const contact = await rt.store.getContact(tenantId, id);
      if (!contact)
        throw new ParleyError('NOT_FOUND', `No contact "${id}" in tenant "${tenantId}".`);
      return contact;
    },
    async rename(id, raw) {
      const name = text(raw, 'A contact name', 200);
      let previousName: string | undefined;
      const contact = await mutate(id, (c) => {
        previousName = c.name;
        return { ...c, name };
      });
      rt.bus.emit('contact.renamed', {
        contact,
        ...(previousName !== undefined && { previousName }),
      });
      return contact;
    },
    async addLabel(id, raw) {
      const label = text(raw, 'A label', 64);
      let added = false;
      const contact = await mutate(id, (c) => {
        if (c.labels.includes(label)) return undefined;
        added = true;
        return { ...c, labels: [...c.labels, label] };
      });
      if (added) rt.bus.emit('contact.labeled', { contact, label });
      return contact;
    },
    async removeLabel(id, raw) {
      const label = text(raw, 'A label', 64);
      let removed = false;
      const contact = await mutate(id, (c) => {
        if (!c.labels.includes(label)) return undefined;
        removed = true;
        return { ...c, labels: c.labels.filter((l) => l !== label) };
      });
      if (removed) rt.bus.emit('contact.unlabeled', { contact, label });
      return contact;
    },
    async addNote(id, raw, options = {}) {
      const note: ContactNote = {
        id: newId('note', rt.clock.now().getTime()),
        text: text(raw, 'A note', 5000),
        ...(options.author !== undefined && { author: options.author }),
        createdAt: rt.clock.now(),
      };
      const contact = await mutate(id, (c) => ({ ...c, notes: [...c.notes, note] }));
      rt.bus.emit('contact.noted', { contact, note });
      return note;
    },
    async setAttributes(id, attributes) {
      return mutate(id, (c) => ({ ...c, attributes: { ...c.attributes, ...attributes } }));
    },
  };
}
