import { type ChannelAdapter, type ChannelContext, ParleyError, parseOrThrow } from '@parley/core';
import { type ChannelState, channelState } from './channel-state.js';
import { commentToDmMiddleware } from './comments/comment-to-dm.js';
import {
  type CommentRule,
  type CommentRuleInput,
  commentRulesSchema,
  findRule,
} from './comments/rules.js';
import { notStarted } from './not-started.js';
import { type InstagramOptions, instagramOptionsSchema } from './options.js';
import { igPrivateClient } from './private/ig-private-client.js';
import { privateTransport } from './private/transport.js';
import type { IncomingComment, Transport } from './transport.js';
import { webhookTransport } from './webhooks/transport.js';

/** An Instagram account as a Parley channel (CH3), with comment-to-DM (CH4). */
export interface InstagramAdapter extends ChannelAdapter {
  readonly kind: 'instagram';
  readonly transport: 'webhooks' | 'private';
  /**
   * Meta's webhook endpoint (handshake and deliveries): mount it at the callback
   * URL of the Meta app. The private transport answers 404.
   */
  fetch(request: Request): Promise<Response>;
  /**
   * Comment-to-DM (CH4), which the desk runs for this channel's turns by itself: it
   * answers the comments the rules take (public reply, DM, quiz verdict) through the
   * desk's outbound path, once per commenter, post and rule.
   */
  readonly middleware: NonNullable<ChannelAdapter['middleware']>;
  /** Replaces the comment rules at run time (validated like the options). */
  setCommentRules(rules: CommentRuleInput[]): void;
  /**
   * Private transport: the code of a two-factor or checkpoint prompt (announced by a
   * `channel.status` event with state `challenge`). Rejects when Instagram refuses it.
   */
  submitCode(code: string): Promise<void>;
  /**
   * Handover protocol (webhook transport): `take` the thread of `to` from the app that
   * holds it (while another app holds it, its messages arrive as `standby`: recorded,
   * never answered), or `pass` it to the app `appId` (the Inbox when omitted).
   */
  threadControl(
    to: string,
    action: 'take' | 'pass',
    options?: { appId?: string; metadata?: string },
  ): Promise<void>;
}

export function instagram(options: InstagramOptions): InstagramAdapter {
  const config = parseOrThrow(instagramOptionsSchema, options, 'instagram options');
  let rules: CommentRule[] = config.commentRules;
  /** Every id a post is known by, as the transports report them. */
  const postAliases = new Map<string, string[]>();
  let ctx: ChannelContext | undefined;
  let state: ChannelState | undefined;

  const transport: Transport =
    config.transport === 'webhooks'
      ? webhookTransport({
          accountId: config.accountId,
          accessToken: config.accessToken,
          appSecret: config.appSecret,
          verifyToken: config.verifyToken,
          graphUrl: config.graphUrl,
          fetch: config.fetch ?? globalThis.fetch,
          maxRetries: config.maxRetries,
          retryBaseMs: config.retryBaseMs,
          profiles: config.profiles,
          ...(config.onMention !== undefined && { onMention: config.onMention }),
        })
      : privateTransport({
          username: config.username,
          ...(config.password !== undefined && { password: config.password }),
          client: config.client ?? igPrivateClient(),
          pollIntervalMs: config.pollIntervalMs,
          commentPollIntervalMs: config.commentPollIntervalMs,
          maxBackoffMs: config.maxBackoffMs,
          messageRequests: config.messageRequests,
          maxRetries: config.maxRetries,
          commentWatch() {
            if (rules.length === 0 && config.unmatchedComments === 'ignore') return undefined;
            const all =
              config.unmatchedComments !== 'ignore' || rules.some((r) => r.posts === 'all');
            return {
              posts: all ? 'all' : rules.flatMap((r) => (r.posts === 'all' ? [] : r.posts)),
              recentPosts: config.recentPosts,
            };
          },
        });

  const started = () => {
    if (!ctx || !state) {
      throw notStarted();
    }
    return { ctx, state };
  };

  async function receiveComment(comment: IncomingComment) {
    const { ctx, state } = started();
    if (await state.isOwnComment(comment.commentId)) return undefined;
    const rule = findRule(rules, { text: comment.text, postIds: comment.postIds });
    if (!rule && config.unmatchedComments === 'ignore') return undefined;
    postAliases.set(comment.postId, comment.postIds);
    await state.notePendingComment(comment.from.id, {
      commentId: comment.commentId,
      postId: comment.postId,
      at: comment.at.getTime(),
    });
    return ctx.receive({
      externalId: comment.commentId,
      from: {
        externalId: comment.from.id,
        ...(comment.from.username !== undefined && { name: comment.from.username }),
      },
      content: {
        type: 'comment',
        text: comment.text,
        postId: comment.postId,
        commentId: comment.commentId,
      },
      timestamp: comment.at,
    });
  }

  const adapter: InstagramAdapter = {
    kind: 'instagram',
    transport: transport.name,
    capabilities: transport.capabilities,
    async start(context) {
      ctx = context;
      state = channelState(context.kv);
      await transport.start({
        ctx: context,
        state,
        receiveMessage: (inbound) => context.receive(inbound),
        receiveComment,
      });
    },
    async stop() {
      await transport.stop();
      ctx = undefined;
      state = undefined;
    },
    send: (message, opts) => transport.send(message, opts.signal),
    async typing(to, on) {
      await transport.typing?.(to, on);
    },
    async markRead(to, ids) {
      await transport.markRead?.(to, ids);
    },
    async fetch(request) {
      if (!transport.fetch) {
        return new Response(
          'This Instagram channel uses the private API transport; it has no webhook.',
          { status: 404 },
        );
      }
      return transport.fetch(request);
    },
    middleware: [
      commentToDmMiddleware({
        rules: () => rules,
        postIds: (postId) => postAliases.get(postId) ?? [postId],
        unmatched: config.unmatchedComments,
        running: started,
        replyToComment: (c, signal) => transport.replyToComment(c, signal),
        ...(config.onComment !== undefined && { onComment: config.onComment }),
      }),
    ],
    setCommentRules(next) {
      rules = parseOrThrow(commentRulesSchema, next, 'instagram comment rules');
    },
    async threadControl(to, action, options) {
      if (!transport.threadControl) {
        throw new ParleyError(
          'CONFLICT',
          'threadControl() is for the webhook transport; the private API has no handover protocol.',
        );
      }
      await transport.threadControl(to, action, options);
    },
    async submitCode(code) {
      if (!transport.submitCode) {
        throw new ParleyError(
          'CONFLICT',
          'submitCode() is for the private transport; the webhook transport never asks for codes.',
        );
      }
      if (!/^\d{4,8}$/.test(code.trim())) {
        throw new ParleyError(
          'INPUT_INVALID',
          'The security code is the 4–8 digits Instagram sent; pass only those digits.',
        );
      }
      await transport.submitCode(code.trim());
    },
  };
  return adapter;
}
