import { type ChannelCapabilities, ParleyError } from '@parley/core';
import { DAY_MS, HUMAN_AGENT_WINDOW_MS, PRIVATE_REPLY_WINDOW_MS } from '../channel-state.js';
import { type GraphApi, graphApi } from '../graph/graph-api.js';
import { MAX_QUICK_REPLIES, messageBodies } from '../graph/message-body.js';
import { notStarted } from '../not-started.js';
import type { Transport, TransportContext } from '../transport.js';
import { webhookHandler } from './handler.js';
import { type InstagramMention, lookUpMention } from './mentions.js';
import { normalisePayload } from './normalise.js';
import { webhookPayloadSchema } from './payload.js';

export interface WebhookTransportConfig {
  accountId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  graphUrl: string;
  fetch: typeof fetch;
  maxRetries: number;
  retryBaseMs: number;
  profiles: boolean;
  onMention?: (mention: InstagramMention) => void;
}

export const webhookCapabilities: ChannelCapabilities = {
  menus: 'quick-replies',
  maxMenuOptions: MAX_QUICK_REPLIES,
  media: ['image', 'video', 'audio'],
  maxTextLength: 1000,
  typing: true,
  readReceipts: true,
  replyWindowMs: DAY_MS,
  // Meta fetches attachment URLs itself.
  mediaLinks: true,
};

type Recipient = { id: string } | { comment_id: string };

const HUMAN_AGENT_TAG = { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } as const;

/** The official transport: Meta's webhooks in, the Graph API's Send API out. */
export function webhookTransport(config: WebhookTransportConfig): Transport {
  let t: TransportContext | undefined;
  let graph: GraphApi | undefined;

  const started = () => {
    if (!t || !graph) {
      throw notStarted();
    }
    return { t, graph };
  };

  /**
   * Inside 24 h of the customer's last DM (7 days for a human agent's reply): a DM.
   * Otherwise the one private reply a comment allows (7 days). Never seen at all: Meta
   * decides (the thread may predate Parley); a window Parley knows is closed fails
   * before any call.
   */
  async function recipientFor(to: string, human: boolean): Promise<Recipient> {
    const { t } = started();
    const now = t.ctx.clock.now().getTime();
    const lastDm = await t.state.lastDirectMessage(to);
    const window = human ? HUMAN_AGENT_WINDOW_MS : DAY_MS;
    if (lastDm !== undefined && now - lastDm < window) return { id: to };
    const pending = await t.state.pendingComment(to);
    const usable =
      pending !== undefined &&
      now - pending.at < PRIVATE_REPLY_WINDOW_MS &&
      !(await t.state.privatelyReplied(pending.commentId));
    if (usable) return { comment_id: pending.commentId };
    if (lastDm === undefined && pending === undefined) return { id: to };
    const last = lastDm === undefined ? 'never' : new Date(lastDm).toISOString();
    throw new ParleyError(
      'REPLY_WINDOW_CLOSED',
      human
        ? `Instagram lets a human agent reply (HUMAN_AGENT tag) only within 7 days of the customer's last message (last DM: ${last}), and once per comment within 7 days of it. Wait for the customer to write again.`
        : `Instagram allows replies only within 24 hours of the customer's last message (last DM: ${last}); an operator's reply may go out up to 7 days after it, and one private reply per comment within 7 days. Wait for the customer to write again, or answer as an operator.`,
      { details: { to, lastDirectMessageAt: lastDm } },
    );
  }

  const process = async (body: unknown) => {
    const { t, graph } = started();
    const parsed = webhookPayloadSchema.safeParse(body);
    if (!parsed.success || parsed.data.object !== 'instagram') {
      t.ctx.logger.warn('instagram: ignored a webhook that is not an Instagram delivery');
      return { failed: 0 };
    }
    let failed = 0;
    for (const event of normalisePayload(parsed.data, config.accountId, t.ctx.clock.now())) {
      try {
        if (event.kind === 'skipped') {
          t.ctx.logger.debug('instagram: skipped webhook event', { reason: event.reason });
          continue;
        }
        let outcome: Awaited<ReturnType<TransportContext['receiveMessage']>> | undefined;
        if (event.kind === 'edit') {
          await t.ctx.edit(event.mid, { type: 'text', text: event.text });
          continue;
        }
        if (event.kind === 'read') {
          t.ctx.read(event.from, [event.mid]);
          continue;
        }
        if (event.kind === 'mention') {
          const { kind: _k, ...mention } = event;
          const found = await lookUpMention(graph, config.accountId, mention, t.ctx.signal);
          t.ctx.logger.info('instagram: the account was mentioned', { ...found });
          config.onMention?.(found);
          continue;
        }
        if (event.kind === 'handover') {
          t.ctx.logger.info('instagram: thread control changed', { ...event });
          continue;
        }
        if (event.kind === 'message') {
          if (event.opensWindow && event.inbound.timestamp) {
            await t.state.noteDirectMessage(event.inbound.from.externalId, event.inbound.timestamp);
          }
          const name = await profileName(event.inbound.from.externalId);
          const inbound =
            name === undefined
              ? event.inbound
              : { ...event.inbound, from: { ...event.inbound.from, name } };
          outcome = await t.receiveMessage(inbound);
        } else {
          outcome = await t.receiveComment(event.comment);
        }
        if (outcome?.status === 'failed') failed++;
      } catch (e) {
        failed++;
        t.ctx.logger.error('instagram: webhook event failed', { error: (e as Error).message });
      }
    }
    return { failed };
  };

  /** The customer's name or handle, looked up once a week at most; never fatal. */
  async function profileName(user: string): Promise<string | undefined> {
    if (!config.profiles) return undefined;
    const { t, graph } = started();
    const key = `profile:${user}`;
    const cached = await t.state.kv.get<{ name?: string }>(key);
    if (cached) return cached.name;
    try {
      const profile = await graph.get<{ name?: string; username?: string }>(
        `${user}?fields=name,username`,
        'the profile lookup',
        t.ctx.signal,
      );
      const name = profile.name || profile.username || undefined;
      await t.state.kv.set(key, name ? { name } : {}, { ttlMs: 7 * DAY_MS });
      return name;
    } catch (e) {
      t.ctx.logger.debug('instagram: profile lookup failed', { error: (e as Error).message });
      await t.state.kv.set(key, {}, { ttlMs: DAY_MS });
      return undefined;
    }
  }

  const handler = webhookHandler({
    appSecret: config.appSecret,
    verifyToken: config.verifyToken,
    process,
    ready: () => t !== undefined,
  });

  async function senderAction(to: string, action: string): Promise<void> {
    const { t, graph } = started();
    const lastDm = await t.state.lastDirectMessage(to);
    // Sender actions need an open window; outside it they would only earn errors.
    if (lastDm === undefined || t.ctx.clock.now().getTime() - lastDm >= DAY_MS) return;
    await graph.post(
      `${config.accountId}/messages`,
      { recipient: { id: to }, sender_action: action },
      `the ${action} action`,
      t.ctx.signal,
    );
  }

  return {
    name: 'webhooks',
    capabilities: webhookCapabilities,
    async start(context) {
      t = context;
      graph = graphApi({
        graphUrl: config.graphUrl,
        accessToken: config.accessToken,
        fetch: config.fetch,
        clock: context.ctx.clock,
        logger: context.ctx.logger,
        maxRetries: config.maxRetries,
        retryBaseMs: config.retryBaseMs,
      });
      context.ctx.status({ state: 'connected', detail: 'Waiting for Instagram webhooks.' });
    },
    async stop() {
      t = undefined;
      graph = undefined;
    },
    async send(message, signal) {
      const { t, graph } = started();
      const bodies = messageBodies(message.content);
      const human = message.author.kind === 'operator';
      const recipient = await recipientFor(message.to, human);
      const privateReply = 'comment_id' in recipient;
      // Meta's tag for a person's reply: it may go out up to 7 days after the customer's
      // last message. A private reply to a comment takes no tag.
      const tag = human && !privateReply ? HUMAN_AGENT_TAG : {};
      // A private reply is a single message: a media caption cannot follow it.
      const parts = privateReply ? bodies.slice(0, 1) : bodies;
      let externalId: string | undefined;
      for (const [i, body] of parts.entries()) {
        const answer = await graph
          .post<{ message_id?: string }>(
            `${config.accountId}/messages`,
            { recipient: i === 0 ? recipient : { id: message.to }, message: body, ...tag },
            privateReply ? 'the private reply to a comment' : 'the message',
            signal ?? t.ctx.signal,
          )
          .catch(async (e) => {
            if (privateReply && ParleyError.hasCode(e, 'REPLY_WINDOW_CLOSED')) {
              await t.state.markPrivatelyReplied(recipient.comment_id);
            }
            throw e;
          });
        externalId ??= answer.message_id;
      }
      if (privateReply) await t.state.markPrivatelyReplied(recipient.comment_id);
      return externalId === undefined ? {} : { externalId };
    },
    async replyToComment(comment, signal) {
      const { t, graph } = started();
      const answer = await graph.post<{ id?: string }>(
        `${comment.commentId}/replies`,
        { message: comment.text },
        'the public reply to a comment',
        signal ?? t.ctx.signal,
      );
      return answer.id === undefined ? {} : { id: answer.id };
    },
    async threadControl(to, action, options = {}) {
      const { t, graph } = started();
      await graph.post(
        `${config.accountId}/${action}_thread_control`,
        {
          recipient: { id: to },
          ...(options.appId !== undefined && { target_app_id: options.appId }),
          ...(options.metadata !== undefined && { metadata: options.metadata }),
        },
        `the ${action} thread control call`,
        t.ctx.signal,
      );
    },
    typing: (to, on) => senderAction(to, on ? 'typing_on' : 'typing_off'),
    markRead: (to) => senderAction(to, 'mark_seen'),
    fetch: handler,
  };
}
