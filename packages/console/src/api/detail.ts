import type { TenantView } from '@parley/core';
import { handledByOf } from './handled-by.js';
import { contactTitle, type Names, toConsoleMessage } from './views.js';

/** Everything the chat window and the contact panel show for one conversation (IN2). */
export async function conversationDetail(
  tenant: TenantView,
  id: string,
  names: Names,
  seen: (externalId: string) => boolean,
  basePath = '',
) {
  const conversation = await tenant.inbox.get(id);
  const [contact, messages, csat] = await Promise.all([
    tenant.contacts.get(conversation.contactId),
    tenant.inbox.messages(id, { limit: 200 }),
    tenant.csat.responses(),
  ]);
  const handoff = conversation.state.handoff;
  const summary = conversation.state.summary as string | { text?: string } | undefined;
  const rating = csat.filter((r) => r.conversationId === id).at(-1);
  return {
    id,
    contactAddress: conversation.contactAddress,
    channelId: conversation.channelId,
    status: conversation.status,
    handledBy: handledByOf(conversation),
    waitingForHuman:
      conversation.handler === 'queue' &&
      conversation.status === 'open' &&
      conversation.assigneeId === undefined,
    labels: conversation.labels,
    unreadCount: conversation.unreadCount,
    ...(conversation.teamId !== undefined && { teamId: conversation.teamId }),
    ...(conversation.assigneeId !== undefined && {
      assignee: { id: conversation.assigneeId, name: names.get(conversation.assigneeId) },
    }),
    title: contactTitle(contact, conversation.contactAddress),
    contact: {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      labels: contact.labels,
      notes: contact.notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    },
    messages: messages
      .filter((m) => m.status !== 'suppressed')
      .map((m) =>
        toConsoleMessage(
          m,
          names,
          m.direction === 'outbound' && m.externalId !== undefined && seen(m.externalId),
          basePath,
        ),
      ),
    ...(handoff?.reason !== undefined && {
      handoff: { reason: handoff.reason, ...(handoff.summary && { summary: handoff.summary }) },
    }),
    ...(summary !== undefined && {
      summary: typeof summary === 'string' ? summary : (summary.text ?? ''),
    }),
    ...(rating && {
      csat: { score: rating.score, answer: rating.answer, at: rating.at.toISOString() },
    }),
  };
}

export type ConversationDetail = Awaited<ReturnType<typeof conversationDetail>>;
