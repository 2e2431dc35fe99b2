import { newId } from '@parley/core';
import type { ApiContact } from '../contact-book.js';
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
  const contact: ApiContact = {
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
  await input.book.save(contact);
  return json({ contact: await contactJson(input, contact) }, 201);
}

async function getContact(input: RouteInput): Promise<Response> {
  const contact = requireContact(input);
  return json({ contact: await contactJson(input, contact) });
}

async function updateContact(input: RouteInput): Promise<Response> {
  const contact = requireContact(input);
  const patch = input.body as UpdateContactBody;
  const next: ApiContact = { ...contact, attributes: { ...contact.attributes } };
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
  await input.book.save(next);
  return json({ contact: await contactJson(input, next) });
}

/** The contact named in the path, or a 404 saying how to create it. */
export function requireContact(input: RouteInput): ApiContact {
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
async function contactJson(input: RouteInput, contact: ApiContact) {
  const [latest] = await input.ctx.listMessages(contact.id, { limit: 1 });
  return {
    ...contact,
    ...(latest && { currentConversationId: latest.conversationId }),
  };
}
