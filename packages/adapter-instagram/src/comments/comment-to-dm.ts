import type { ChannelAdapter, Logger, Middleware, TurnContext } from '@parley/core';
import type { ChannelState } from '../channel-state.js';
import { actionFor, type CommentRule, findRule, personalise } from './rules.js';

export interface CommentToDmDeps {
  adapter(): ChannelAdapter;
  rules(): readonly CommentRule[];
  postIds(postId: string): string[];
  unmatched: 'ignore' | 'inbox' | 'assistant';
  state(): ChannelState;
  logger(): Logger;
  replyToComment(
    comment: { commentId: string; postId: string; text: string },
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /** Tells the adapter this comment reached the stage (for its set-up warning). */
  reached(commentId: string): void;
}

/**
 * What the stage did with a comment, in `ctx.state.instagramComment`. The stage ends a
 * rule's turn, so middleware installed before it reads this after `await next()`.
 */
export interface CommentOutcome {
  ruleId?: string;
  /** `answered`, or `repeat` when the commenter already had this rule's answer on this post. */
  result: 'answered' | 'repeat' | 'unmatched';
  verdict?: 'right' | 'wrong';
}

/**
 * The comment turn of a rule: the comment is already recorded in the commenter's
 * conversation (routed like any other); this stage answers it once per commenter,
 * post and rule — a public reply picked in turn from the list, and the DM through
 * `ctx.reply` (the desk's outbound path, so it is recorded and the transport sends it
 * as the comment's private reply). The assistant does not also answer the comment;
 * the commenter's reply to the DM is an ordinary turn.
 */
export function commentToDmMiddleware(deps: CommentToDmDeps): Middleware<TurnContext> {
  return async function instagramCommentToDm(ctx, next) {
    const content = ctx.inbound.content;
    if (ctx.channel.adapter !== deps.adapter() || content.type !== 'comment') return next();
    deps.reached(content.commentId);
    const rule = findRule(deps.rules(), {
      text: content.text,
      postIds: deps.postIds(content.postId),
    });
    if (!rule) {
      ctx.state.instagramComment = { result: 'unmatched' } satisfies CommentOutcome;
      if (deps.unmatched === 'assistant') await next();
      return;
    }
    const state = deps.state();
    const commenter = ctx.inbound.from.externalId;
    if (!(await state.claim(`rule:${rule.id}:${content.postId}:${commenter}`))) {
      ctx.state.instagramComment = { ruleId: rule.id, result: 'repeat' } satisfies CommentOutcome;
      return;
    }
    const { action, verdict } = actionFor(rule, content.text);
    ctx.state.instagramComment = {
      ruleId: rule.id,
      result: 'answered',
      ...(verdict !== undefined && { verdict }),
    } satisfies CommentOutcome;
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
        deps.logger().warn('instagram: public reply to a comment failed', {
          ruleId: rule.id,
          commentId: content.commentId,
          error: (e as Error).message,
        });
      }
    }
    if (action.dm) await ctx.reply(personalise(action.dm, username));
  };
}
