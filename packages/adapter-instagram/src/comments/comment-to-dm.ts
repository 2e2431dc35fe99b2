import type { ChannelContext, ChannelTurnContext, Middleware } from '@parley/core';
import { type ChannelState, PRIVATE_REPLY_WINDOW_MS } from '../channel-state.js';
import { actionFor, type CommentRule, findRule, personalise } from './rules.js';

/** How long "this commenter had this rule's answer on this post" is remembered. */
const ANSWERED_TTL_MS = 365 * 86_400_000;

export interface CommentToDmDeps {
  rules(): readonly CommentRule[];
  postIds(postId: string): string[];
  unmatched: 'ignore' | 'inbox' | 'assistant';
  /** The running channel: its context (claims, logger) and state. */
  running(): { ctx: ChannelContext; state: ChannelState };
  replyToComment(
    comment: { commentId: string; postId: string; text: string },
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  onComment?: (event: CommentEvent) => void;
}

/** What comment-to-DM did with a comment. */
export interface CommentOutcome {
  ruleId?: string;
  /**
   * `answered`; `repeat` when the commenter already had this rule's answer on this post;
   * `expired` when the comment is older than the 7 days Meta allows a private reply in (a
   * late delivery): it stays in the inbox and does not use up the commenter's answer.
   */
  result: 'answered' | 'repeat' | 'unmatched' | 'expired';
  verdict?: 'right' | 'wrong';
}

/**
 * `instagram({ onComment })` gets one per comment the channel took in, once it is
 * judged (before the replies go out).
 */
export interface CommentEvent extends CommentOutcome {
  commentId: string;
  postId: string;
  /** The commenter's Instagram id (their address on the channel). */
  from: string;
  conversationId: string;
}

/**
 * The comment turn of a rule, run by the desk as the channel's own middleware: the
 * comment is already recorded in the commenter's conversation (routed like any
 * other); this answers it once per commenter, post and rule — claimed through the
 * store, so two processes never both answer — with a public reply picked in turn from
 * the list, and the DM through `ctx.reply` (the desk's outbound path, so it is
 * recorded and the transport sends it as the comment's private reply). The assistant
 * does not also answer the comment; the commenter's reply to the DM is an ordinary turn.
 */
export function commentToDmMiddleware(deps: CommentToDmDeps): Middleware<ChannelTurnContext> {
  return async function instagramCommentToDm(ctx, next) {
    const content = ctx.inbound.content;
    if (content.type !== 'comment') return next();
    const commenter = ctx.inbound.from.externalId;
    const report = (outcome: CommentOutcome) => {
      ctx.state.instagramComment = outcome;
      try {
        deps.onComment?.({
          ...outcome,
          commentId: content.commentId,
          postId: content.postId,
          from: commenter,
          conversationId: ctx.conversation.id,
        });
      } catch (e) {
        // Host code must not cost the commenter their answer.
        deps.running().ctx.logger.warn('instagram: onComment threw', {
          error: (e as Error).message,
        });
      }
    };
    const rule = findRule(deps.rules(), {
      text: content.text,
      postIds: deps.postIds(content.postId),
    });
    if (!rule) {
      report({ result: 'unmatched' });
      if (deps.unmatched === 'assistant') await next();
      return;
    }
    const { ctx: channel, state } = deps.running();
    const at = ctx.inbound.timestamp?.getTime();
    if (at !== undefined && channel.clock.now().getTime() - at >= PRIVATE_REPLY_WINDOW_MS) {
      report({ ruleId: rule.id, result: 'expired' });
      return;
    }
    const key = `comment-to-dm:${rule.id}:${content.postId}:${commenter}`;
    if (!(await channel.claim(key, ANSWERED_TTL_MS))) {
      report({ ruleId: rule.id, result: 'repeat' });
      return;
    }
    const { action, verdict } = actionFor(rule, content.text);
    report({ ruleId: rule.id, result: 'answered', ...(verdict !== undefined && { verdict }) });
    const username = ctx.inbound.from.name;
    if (action.publicReplies) {
      const turn = await state.nextTurn(`rule:${rule.id}`);
      const template = action.publicReplies[turn % action.publicReplies.length]!;
      try {
        const reply = await deps.replyToComment({
          commentId: content.commentId,
          postId: content.postId,
          text: personalise(template, username),
        });
        if (reply.id) await state.noteOwnComment(reply.id);
      } catch (e) {
        // The DM still goes out: a failed public reply must not cost the customer it.
        channel.logger.warn('instagram: public reply to a comment failed', {
          ruleId: rule.id,
          commentId: content.commentId,
          error: (e as Error).message,
        });
      }
    }
    if (action.dm) await ctx.reply(personalise(action.dm, username));
  };
}
