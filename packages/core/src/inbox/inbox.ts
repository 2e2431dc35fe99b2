import { nothingToSummarize, summarizeConversation } from '../assistant/summarize.js';
import { updateConversation } from '../conversation/transitions.js';
import { requestSurvey } from '../csat/survey.js';
import { operatorExclusive } from '../desk/operator-lane.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { inBackground, keyOf } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { MessageContent } from '../model/content.js';
import { messageContentSchema } from '../model/content.js';
import type { Conversation, Message } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';
import { authorName } from '../outbound/steps/send.js';
import { type IgnoredMessage, listIgnored } from '../routing/ignored.js';
import type { InboxQuery, Page } from '../store/store.js';
import { rebalance, teamsFreedBy } from '../teams/assign.js';
import { parseOrThrow } from '../util/zod-error.js';
import { handledBy, type InboxItem } from './inbox-row.js';
import {
  type LeadOptions,
  markLead,
  recordSale,
  removeSale,
  type Sale,
  type SaleOptions,
  unmarkLead,
} from './outcomes.js';
import { reopenConversation, type TransferTarget, transferConversation } from './transfer.js';

/** What operators do (IN1, IN2). Every method is scoped to one tenant. */
export interface Inbox {
  list(query?: InboxQuery): Promise<Page<InboxItem>>;
  get(conversationId: string): Promise<Conversation>;
  messages(conversationId: string, options?: { limit?: number; before?: Date }): Promise<Message[]>;
  /** The operator takes the conversation; the assistant stops at once, even mid-reply. */
  takeOver(conversationId: string, options: { operatorId: string }): Promise<Conversation>;
  /** Gives the conversation back to an assistant (its previous one by default). */
  handBack(conversationId: string, options?: { assistantId?: string }): Promise<Conversation>;
  /** Sends as an operator; takes the conversation over first unless `takeOver: false`. */
  reply(
    conversationId: string,
    content: string | MessageContent,
    options: { operatorId: string; takeOver?: boolean },
  ): Promise<Message[]>;
  solve(conversationId: string, options?: { by?: string }): Promise<Conversation>;
  /** Moves the conversation to an operator or a team of this tenant; the assistant stops. */
  transfer(
    conversationId: string,
    target: TransferTarget,
    options?: { by?: string },
  ): Promise<Conversation>;
  /** Opens a solved conversation again, with the same holder. */
  reopen(conversationId: string): Promise<Conversation>;
  /**
   * A short summary for operators (IN3): from the conversation's assistant, else the
   * desk's `summarizer`, else the desk's digest. Saved in `state.summary`.
   */
  summarize(conversationId: string): Promise<string>;
  markRead(conversationId: string): Promise<Conversation>;
  markUnread(conversationId: string): Promise<Conversation>;
  /**
   * Shows the customer that this operator is typing ("Maria is typing…"), where the
   * channel can; a channel that cannot, or fails to, is left alone.
   */
  typing(conversationId: string, on: boolean, options: { operatorId: string }): Promise<void>;
  addLabel(conversationId: string, label: string): Promise<Conversation>;
  removeLabel(conversationId: string, label: string): Promise<Conversation>;
  /** Marks the conversation as a lead (OB1), with an optional expected value: `lead.marked`. */
  markLead(conversationId: string, options?: LeadOptions): Promise<Conversation>;
  unmarkLead(conversationId: string): Promise<Conversation>;
  /** Records a sale made in the conversation (OB1): `sale.recorded`. */
  recordSale(
    conversationId: string,
    sale: SaleOptions,
  ): Promise<{ conversation: Conversation; sale: Sale }>;
  removeSale(conversationId: string, saleId: string): Promise<Conversation>;
  /** Messages the phone filters kept out (RT10), newest first, kept 30 days. */
  ignored(options?: { channelId?: string; limit?: number }): Promise<IgnoredMessage[]>;
}

export function toContent(content: string | MessageContent): MessageContent {
  const value = typeof content === 'string' ? { type: 'text', text: content } : content;
  return parseOrThrow(
    messageContentSchema,
    value,
    'message content',
    'INPUT_INVALID',
    'Send a string or a MessageContent object.',
  );
}

export function createInbox(rt: DeskRuntime, tenantId: string): Inbox {
  async function load(id: string): Promise<Conversation> {
    const conv = await rt.store.getConversation(tenantId, id);
    if (!conv)
      throw new ParleyError('NOT_FOUND', `No conversation "${id}" in tenant "${tenantId}".`);
    return conv;
  }

  /**
   * Read-modify-write under the conversation's key; never waits on a model call (IN2):
   * see `operator-lane.ts`.
   */
  async function mutate(
    id: string,
    change: (conv: Conversation) => Promise<Conversation>,
  ): Promise<Conversation> {
    const first = await load(id);
    return operatorExclusive(rt, keyOf(first), async () => change(await load(id)));
  }

  /**
   * A change that can free an operator's seat (solve, takeover, hand back): once the
   * key is released, waiting conversations of the teams concerned are assigned (RT7).
   */
  async function release(
    id: string,
    change: (conv: Conversation) => Promise<Conversation>,
  ): Promise<Conversation> {
    let before: Conversation | undefined;
    const next = await mutate(id, (conv) => {
      before = conv;
      return change(conv);
    });
    if (before) await rebalance(rt, before.tenantId, teamsFreedBy(rt, before));
    return next;
  }

  function label(raw: string): string {
    const value = raw.trim();
    if (!value || value.length > 64)
      throw new ParleyError('INPUT_INVALID', 'A label is 1–64 characters, e.g. "Follow Up".');
    return value;
  }

  const inbox: Inbox = {
    async list(query = {}) {
      const page = await rt.store.listConversations(tenantId, query);
      return {
        items: page.items.map(({ conversation, contact }) => {
          const channel = rt.channels.get(conversation.channelId);
          return {
            conversation,
            contact: {
              id: contact.id,
              name: contact.name,
              phone: contact.phone,
              email: contact.email,
              labels: contact.labels,
            },
            channel: {
              id: conversation.channelId,
              kind: channel?.adapter.kind ?? 'unknown',
              ...(channel?.config.name !== undefined && { name: channel.config.name }),
              ...(channel?.config.color !== undefined && { color: channel.config.color }),
            },
            handledBy: handledBy(conversation),
            waitingForHuman:
              conversation.handler === 'queue' &&
              conversation.status === 'open' &&
              !conversation.assigneeId,
          };
        }),
        ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }),
      };
    },
    get: load,
    async messages(id, options) {
      await load(id);
      return rt.store.listMessages(tenantId, id, options);
    },
    async takeOver(id, { operatorId }) {
      if (!operatorId)
        throw new ParleyError(
          'INPUT_INVALID',
          'takeOver needs the operatorId of who takes the conversation.',
        );
      // Abort first: the assistant may be holding the conversation's key right now.
      rt.inflight.get(id)?.abort(new Error('taken over'));
      return release(id, async (conv) => {
        rt.inflight.get(id)?.abort(new Error('taken over'));
        const next = await updateConversation(rt, conv, {
          handler: 'operator',
          assigneeId: operatorId,
        });
        rt.bus.emit('conversation.taken_over', { conversation: next, operatorId });
        return next;
      });
    },
    async handBack(id, options = {}) {
      return release(id, async (conv) => {
        const channelRoute = rt.channels.get(conv.channelId)?.config.route;
        const assistantId =
          options.assistantId ??
          conv.assistantId ??
          (channelRoute && 'assistant' in channelRoute ? channelRoute.assistant : undefined);
        const registered =
          assistantId === undefined ? undefined : rt.assistants.get(tenantId, assistantId);
        if (!registered) {
          throw new ParleyError(
            'CONFIG_INVALID',
            assistantId === undefined
              ? `Conversation "${id}" has no assistant to hand back to; pass { assistantId }.`
              : `No assistant "${assistantId}" in tenant "${tenantId}".`,
          );
        }
        const { assigneeId: _a, ...rest } = conv;
        const next = await updateConversation(rt, rest, {
          handler: 'assistant',
          assistantId: registered.id,
        });
        rt.bus.emit('conversation.handed_back', { conversation: next, assistantId: registered.id });
        return next;
      });
    },
    async reply(id, content, { operatorId, takeOver = true }) {
      const parsed = toContent(content);
      if (takeOver) {
        const conv = await load(id);
        if (conv.handler !== 'operator' || conv.assigneeId !== operatorId)
          await inbox.takeOver(id, { operatorId });
      }
      const conv = await load(id);
      return operatorExclusive(rt, keyOf(conv), () =>
        deliver(rt, conv, parsed, { author: { kind: 'operator', id: operatorId } }),
      );
    },
    async solve(id, options = {}) {
      // Abort first, like a takeover: nothing the model is producing may be sent.
      rt.inflight.get(id)?.abort(new Error('solved'));
      return release(id, async (conv) => {
        if (conv.status === 'closed')
          throw new ParleyError('CONFLICT', `Conversation "${id}" is closed; it cannot be solved.`);
        rt.inflight.get(id)?.abort(new Error('solved'));
        const next = await updateConversation(rt, conv, {
          status: 'solved',
          solvedAt: rt.clock.now(),
          unreadCount: 0,
        });
        rt.bus.emit('conversation.solved', {
          conversation: next,
          ...(options.by !== undefined && { by: options.by }),
        });
        // The summary (IN3) is made after the solve, never holding it up.
        inBackground(rt, 'summary', () => summarizeConversation(rt, next));
        return requestSurvey(rt, next);
      });
    },
    async transfer(id, target, options = {}) {
      if (!target || (!('teamId' in target) && !('operatorId' in target)))
        throw new ParleyError('INPUT_INVALID', 'transfer needs { operatorId } or { teamId }.');
      return release(id, (conv) => transferConversation(rt, conv, target, options.by));
    },
    reopen: (id) => mutate(id, (conv) => reopenConversation(rt, conv)),
    async summarize(id) {
      const summary = await summarizeConversation(rt, await load(id));
      if (summary === undefined) throw nothingToSummarize(id);
      return summary;
    },
    async markRead(id) {
      return mutate(id, async (conv) => {
        const next = await updateConversation(rt, conv, { unreadCount: 0 });
        await sendReadReceipts(rt, conv);
        rt.bus.emit('conversation.read', { conversation: next });
        return next;
      });
    },
    async typing(id, on, { operatorId }) {
      const conv = await load(id);
      const adapter = rt.channels.get(conv.channelId)?.adapter;
      if (!adapter?.typing || !adapter.capabilities.typing) return;
      const { authorName: name } = authorName(rt, tenantId, { kind: 'operator', id: operatorId });
      await adapter
        .typing(conv.contactAddress, on, { kind: 'operator', ...(name !== undefined && { name }) })
        .catch(() => {});
    },
    async markUnread(id) {
      return mutate(id, async (conv) => {
        const next = await updateConversation(rt, conv, {
          unreadCount: Math.max(1, conv.unreadCount),
        });
        rt.bus.emit('conversation.unread', { conversation: next });
        return next;
      });
    },
    async addLabel(id, raw) {
      const value = label(raw);
      return mutate(id, async (conv) => {
        if (conv.labels.includes(value)) return conv;
        const next = await updateConversation(rt, conv, { labels: [...conv.labels, value] });
        rt.bus.emit('conversation.labeled', { conversation: next, label: value });
        return next;
      });
    },
    async removeLabel(id, raw) {
      const value = label(raw);
      return mutate(id, async (conv) => {
        if (!conv.labels.includes(value)) return conv;
        const next = await updateConversation(rt, conv, {
          labels: conv.labels.filter((l) => l !== value),
        });
        rt.bus.emit('conversation.unlabeled', { conversation: next, label: value });
        return next;
      });
    },
    markLead: (id, options = {}) => mutate(id, (conv) => markLead(rt, conv, options)),
    unmarkLead: (id) => mutate(id, (conv) => unmarkLead(rt, conv)),
    async recordSale(id, sale) {
      let recorded: Sale | undefined;
      const conversation = await mutate(id, async (conv) => {
        const result = await recordSale(rt, conv, sale);
        recorded = result.sale;
        return result.conversation;
      });
      return { conversation, sale: recorded as Sale };
    },
    removeSale: (id, saleId) => mutate(id, (conv) => removeSale(rt, conv, saleId)),
    ignored: (options) => listIgnored(rt, tenantId, options),
  };
  return inbox;
}

/** Tells the channel the customer's unread messages were seen, where it can. */
async function sendReadReceipts(rt: DeskRuntime, conv: Conversation): Promise<void> {
  const channel = rt.channels.get(conv.channelId);
  if (
    !channel?.adapter.markRead ||
    !channel.adapter.capabilities.readReceipts ||
    conv.unreadCount === 0
  )
    return;
  const recent = await rt.store.listMessages(conv.tenantId, conv.id, {
    limit: conv.unreadCount + 20,
  });
  const ids = recent
    .filter((m) => m.direction === 'inbound' && m.externalId !== undefined)
    .slice(-conv.unreadCount)
    .map((m) => m.externalId as string);
  if (ids.length > 0) await channel.adapter.markRead(conv.contactAddress, ids).catch(() => {});
}
