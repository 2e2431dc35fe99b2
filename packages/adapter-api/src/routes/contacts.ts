import type { ContactPatch } from '@parley/core';
import { newId } from '@parley/core/internal';
import { profileOf, publicContact, type StoredContact } from '../contact-book.js';
import { json, refuse } from '../http/respond.js';
import {
  type CreateContactBody,
  createContactSchema,
  type UpdateContactBody,
  updateContactSchema,
} from '../schemas.js';
import type { Route, RouteInput } from './route.js';

export const contactRoutes: Route[] = [
  {
    path: ['contacts'],
    methods: { POST: { schema: createContactSchema, handle: createContact } },
  },
  {
    path: ['contacts', ':contactId'],
    methods: {
      GET: { handle: getContact },
      PATCH: { schema: updateContactSchema, handle: updateContact },
    },
  },
];

async function createContact(input: RouteInput): Promise<Response> {
  const body = input.body as CreateContactBody;
  if (input.contact) {
    refuse(
      409,
      'contact_exists',
      `Contact "${input.contact.id}" exists already; change it with PATCH /contacts/${input.contact.id}.`,
    );
  }
  // Two processes creating the same id at once: the claim lets one through.
  if (body.id !== undefined && !(await input.ctx.claim(`create-contact:${body.id}`, 60_000))) {
    refuse(
      409,
      'contact_exists',
      `Contact "${body.id}" exists already (or is being created); change it with PATCH /contacts/${body.id}.`,
    );
  }
  const now = input.ctx.clock.now();
  let contact: StoredContact = {
    id: body.id ?? newId('contact', now.getTime()),
    ...(body.name !== undefined && { name: body.name }),
    ...(body.email !== undefined && { email: body.email }),
    ...(body.phone !== undefined && { phone: body.phone }),
    attributes: body.attributes ?? {},
    verified: input.verified,
    origin: 'api',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  // The desk may know this address already (it wrote to it before the API client did).
  const desk = await input.ctx.updateContact(contact.id, profileOf(contact));
  if (desk) contact = input.book.mirror(contact, desk);
  await input.book.save(contact);
  return json({ contact: await contactJson(input, contact) }, 201);
}

async function getContact(input: RouteInput): Promise<Response> {
  const contact = requireContact(input);
  return json({ contact: await contactJson(input, contact) });
}

/**
 * Given fields are replaced and attributes merged — in the desk's contact once the
 * desk holds it (so operators and routing rules see them), else in the channel's own
 * record until the contact first writes. `null` clears a field only while the channel
 * holds it: the desk's contact takes values, not removals.
 */
async function updateContact(input: RouteInput): Promise<Response> {
  const contact = requireContact(input);
  const patch = input.body as UpdateContactBody;
  const cleared = clearedFields(patch);
  if (contact.inDesk && cleared.length > 0) refuseClear(contact.id, cleared);
  const local = patched(contact, patch, input);
  // Not handed over yet: the whole profile goes, in case the desk has taken the contact since.
  const desk = await input.ctx.updateContact(
    contact.id,
    contact.inDesk ? setFields(patch) : profileOf(local),
  );
  const next = desk ? input.book.mirror(local, desk) : local;
  await input.book.save(next);
  // The desk took the contact since the channel last looked; the values are saved.
  if (desk && cleared.length > 0) refuseClear(contact.id, cleared, ' The other fields were saved.');
  return json({ contact: await contactJson(input, next) });
}

/** The channel's record with the patch applied (`null` removes). */
function patched(contact: StoredContact, patch: UpdateContactBody, input: RouteInput) {
  const next: StoredContact = { ...contact, attributes: { ...contact.attributes } };
  for (const field of ['name', 'email', 'phone'] as const) {
    const value = patch[field];
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  for (const [key, value] of Object.entries(patch.attributes ?? {})) {
    if (value === null) delete next.attributes[key];
    else next.attributes[key] = value;
  }
  next.verified = contact.verified || input.verified;
  next.updatedAt = input.ctx.clock.now().toISOString();
  return next;
}

/** The patch without its `null`s, as the desk's contact takes it. */
function setFields(patch: UpdateContactBody): ContactPatch {
  const attributes = Object.entries(patch.attributes ?? {}).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] !== null,
  );
  return {
    ...(typeof patch.name === 'string' && { name: patch.name }),
    ...(typeof patch.email === 'string' && { email: patch.email }),
    ...(typeof patch.phone === 'string' && { phone: patch.phone }),
    ...(attributes.length > 0 && { attributes: Object.fromEntries(attributes) }),
  };
}

/** The fields a patch clears (`email`, `attributes.vip`). */
function clearedFields(patch: UpdateContactBody): string[] {
  return [
    ...(['name', 'email', 'phone'] as const).filter((f) => patch[f] === null),
    ...Object.entries(patch.attributes ?? {})
      .filter(([, v]) => v === null)
      .map(([k]) => `attributes.${k}`),
  ];
}

function refuseClear(contactId: string, fields: string[], saved = ''): never {
  return refuse(
    422,
    'cannot_clear',
    `Contact "${contactId}" has written, so the desk holds its profile, and a channel can set its fields but not clear them (${fields.join(', ')}). Send a new value instead, or have an operator clear it in the inbox.${saved}`,
    {
      issues: fields.map((path) => ({
        path,
        message: 'cannot be cleared once the desk holds the contact',
      })),
    },
  );
}

/** The contact named in the path, or a 404 saying how to create it. */
export function requireContact(input: RouteInput): StoredContact {
  if (!input.contact) {
    refuse(
      404,
      'contact_not_found',
      `No contact "${input.params.contactId}" on this channel; create it first with POST /contacts.`,
    );
  }
  return input.contact;
}

/** The contact as JSON, with the conversation a new message would join. */
async function contactJson(input: RouteInput, contact: StoredContact) {
  const [latest] = await input.ctx.listMessages(contact.id, { limit: 1 });
  return {
    ...publicContact(contact),
    ...(latest && { currentConversationId: latest.conversationId }),
  };
}
