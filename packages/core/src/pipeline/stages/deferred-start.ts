import type { TurnContext } from '../turn-context.js';

/**
 * A public comment opens a conversation, but the channel's single private reply to it
 * belongs to the comment rule (Instagram allows one, within seven days): the welcome
 * and a triage menu wait until the person writes in the DM thread.
 */
export function isPublicComment(ctx: TurnContext): boolean {
  return ctx.inbound.content.type === 'comment';
}

/**
 * Leaves the conversation's start for the next message that gets a turn: it is routed
 * then (`pendingRoute`) and greeted then (`welcomePending`).
 */
export async function deferStart(
  ctx: TurnContext,
  what: { route: boolean; welcome: boolean },
): Promise<void> {
  const state = { ...ctx.conversation.state };
  if (what.route && ctx.needsRoute) {
    state.pendingRoute = true;
    if (ctx.inbound.referral) state.pendingReferral = { ...ctx.inbound.referral };
  }
  if (what.welcome && ctx.isNewConversation && ctx.channel.welcomeMessage) {
    state.welcomePending = true;
  }
  ctx.needsRoute = what.route ? false : ctx.needsRoute;
  const changed = (['pendingRoute', 'pendingReferral', 'welcomePending'] as const).some(
    (k) => state[k] !== ctx.conversation.state[k],
  );
  if (changed) await ctx.saveConversation({ state });
}
