import { createHash } from 'node:crypto';
import type { InboundMessage, ReceiveOutcome } from '@parley/core';
import { newId } from '@parley/core/internal';
import { z } from 'zod';
import type { StoredContact } from '../contact-book.js';
import { json, refuse } from '../http/respond.js';
import {
  type MessageBody,
  messageSchema,
  type OpenConversationBody,
  openConversationSchema,
  validate,
} from '../schemas.js';
import { messageToJson } from '../wire.js';
import { requireContact } from './contacts.js';
import type { Route, RouteInput } from './route.js';

const conversationPath = ['contacts', ':contactId', 'conversations', ':conversationId'];

export const conversationRoutes: Route[] = [
  {
    path: ['contacts', ':contactId', 'conversations'],
    methods: { POST: { schema: openConversationSchema, handle: openConversation } },
  },
  { path: conversationPath, methods: { GET: { handle: getConversation } } },
  {
    path: [...conversationPath, 'messages'],
    methods: {
      POST: { schema: messageSchema, handle: postMessage },
      GET: { handle: listMessages },
    },
  },
];

/** Widest window of recent messages a poll looks through for its cursor. */
const POLL_WINDOW = 200;

/**
 * Opens a conversation with its first message, or, when the contact has one that is
 * not closed (open or solved), adds the message to it: the engine keeps one active
 * conversation per contact and channel. 201 when a new one opened, 200 otherwise.
 */
async function openConversation(input: RouteInput): Promise<Response> {
  const contact = requireContact(input);
  const { message } = input.body as OpenConversationBody;
  const before = await activeConversationId(input, contact.id);
  const inbound = toInbound(input, contact, message);
  const outcome = await input.ctx.receive(inbound);
  const created = outcome.status === 'accepted' && outcome.conversationId !== before;
  return outcomeResponse(input, contact, inbound, outcome, created ? 201 : 200);
}

async function getConversation(input: RouteInput): Promise<Response> {
  const { contact, conversationId } = await ownConversation(input);
  const [latest] = await input.ctx.listMessages(contact.id, { limit: 1 });
  const active = latest?.conversationId === conversationId;
  return json({
    conversation: {
      id: conversationId,
      contactId: contact.id,
      status: active ? 'active' : 'closed',
      ...(active && { lastMessage: messageToJson(latest) }),
    },
  });
}

async function postMessage(input: RouteInput): Promise<Response> {
  const { contact, conversationId } = await ownConversation(input);
  if ((await activeConversationId(input, contact.id)) !== conversationId) {
    refuse(
      409,
      'conversation_closed',
      `Conversation ${conversationId} is closed; open a new one with POST /contacts/${contact.id}/conversations.`,
    );
  }
  const inbound = toInbound(input, contact, input.body as MessageBody);
  const outcome = await input.ctx.receive(inbound);
  return outcomeResponse(input, contact, inbound, outcome, 201);
}

const pollQuery = z
  .object({
    after: z.string().min(1).max(256).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

/**
 * Polling: the conversation's messages oldest first, `limit` at a time after the
 * message id `after`. `cursor` is the `after` of the next poll; `partial: true` says
 * `after` was not among the latest messages, so older ones may be missing.
 */
async function listMessages(input: RouteInput): Promise<Response> {
  const { contact, conversationId } = await ownConversation(input);
  const query = validate(pollQuery, Object.fromEntries(input.url.searchParams), 'query');
  const window = await input.ctx.listMessages(contact.id, { limit: POLL_WINDOW });
  if (window[0]?.conversationId !== conversationId) {
    refuse(
      410,
      'conversation_closed',
      `Conversation ${conversationId} is closed: stop polling it (its history stays in the desk's inbox) and open a new one with POST /contacts/${contact.id}/conversations.`,
    );
  }
  let start = 0;
  let partial = false;
  if (query.after !== undefined) {
    const at = window.findIndex((m) => m.id === query.after);
    if (at >= 0) start = at + 1;
    else partial = true;
  }
  const page = window.slice(start, start + query.limit);
  return json({
    conversation: { id: conversationId, contactId: contact.id, status: 'active' },
    messages: page.map(messageToJson),
    cursor: page.at(-1)?.id ?? query.after ?? null,
    more: start + page.length < window.length,
    ...(partial && { partial: true }),
  });
}

/** The contact and conversation in the path, checked to belong together. */
async function ownConversation(input: RouteInput) {
  const contact = requireContact(input);
  const conversationId = input.params.conversationId!;
  const owner = await input.book.conversationOwner(conversationId);
  if (owner !== contact.id) {
    refuse(
      404,
      'conversation_not_found',
      `Contact "${contact.id}" has no conversation ${conversationId} on this channel.`,
    );
  }
  return { contact, conversationId };
}

/** The conversation a message from this contact joins now (open or solved), if any. */
async function activeConversationId(input: RouteInput, contactId: string) {
  const [latest] = await input.ctx.listMessages(contactId, { limit: 1 });
  return latest?.conversationId;
}

/**
 * The message as the engine takes it. Without an `id`, the Idempotency-Key stands in,
 * so a retried request is still deduplicated by the engine.
 */
function toInbound(input: RouteInput, contact: StoredContact, body: MessageBody): InboundMessage {
  const externalId =
    body.id ??
    (input.idempotencyKey !== undefined
      ? `idem_${createHash('sha256').update(input.idempotencyKey).digest('base64url').slice(0, 32)}`
      : newId('in', input.ctx.clock.now().getTime()));
  return {
    externalId,
    from: {
      externalId: contact.id,
      ...(contact.name !== undefined && { name: contact.name }),
      ...(contact.email !== undefined && { email: contact.email }),
      ...(contact.phone !== undefined && { phone: contact.phone }),
      // Until the desk holds the contact, its attributes travel with the message, so
      // routing reads them on the first one (CH6).
      ...(!contact.inDesk &&
        Object.keys(contact.attributes).length > 0 && { attributes: contact.attributes }),
    },
    content: body.content ?? { type: 'text', text: body.text! },
    ...(body.replyTo !== undefined && { replyToExternalId: body.replyTo }),
  };
}

async function outcomeResponse(
  input: RouteInput,
  contact: StoredContact,
  inbound: InboundMessage,
  outcome: ReceiveOutcome,
  acceptedStatus: number,
): Promise<Response> {
  const message = { externalId: inbound.externalId };
  switch (outcome.status) {
    case 'accepted':
      await input.book.noteConversation(outcome.conversationId, contact.id);
      await input.book.handToDesk(contact);
      return json(
        {
          status: 'accepted',
          conversation: { id: outcome.conversationId, contactId: contact.id, status: 'active' },
          message: { ...message, id: outcome.messageId },
        },
        acceptedStatus,
      );
    case 'duplicate':
      return json({ status: 'duplicate', message });
    case 'ignored':
      if (outcome.conversationId !== undefined) {
        await input.book.noteConversation(outcome.conversationId, contact.id);
        await input.book.handToDesk(contact);
      }
      return json(
        {
          status: 'ignored',
          reason: outcome.reason,
          message,
          ...(outcome.conversationId !== undefined && {
            conversation: { id: outcome.conversationId, contactId: contact.id },
          }),
        },
        202,
      );
    case 'failed':
      input.ctx.logger.error('api channel: the desk failed to process a message', {
        channelId: input.ctx.channelId,
        externalId: inbound.externalId,
        error: outcome.error,
      });
      return refuse(
        500,
        'processing_failed',
        `The desk could not process the message (${outcome.error.message}); retry with the same message id.`,
      );
  }
}
