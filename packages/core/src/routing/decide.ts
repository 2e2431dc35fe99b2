import type { DeskRuntime } from '../desk/runtime.js';
import { compileHours } from '../hours/business-hours.js';
import { contentText } from '../model/content.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { RouteDecision } from './route-to.js';
import { firstMatchingRule } from './rules.js';

/**
 * Where a conversation that needs a route goes: active routing for conversations the
 * business started (RT5), then the first matching rule (RT6), then the channel's
 * default route (RT1).
 */
export function decideRoute(rt: DeskRuntime, ctx: TurnContext): RouteDecision {
  const { channel, conversation } = ctx;
  if (conversation.origin === 'business' && channel.activeRouting)
    return { target: { team: channel.activeRouting.team }, reason: 'active-routing' };
  // A link opened before the first message (recorded only) still routes the conversation.
  const referral = ctx.inbound.referral ?? conversation.state.pendingReferral;
  const rule = firstMatchingRule(rt.rules, {
    tenantId: ctx.tenantId,
    channelId: channel.id,
    text: contentText(ctx.inbound.content),
    contact: ctx.contact,
    now: rt.clock.now(),
    ...(referral !== undefined && { referral }),
    ...(channel.hours !== undefined && { channelHours: compileHours(channel.hours) }),
  });
  if (rule) return { target: rule.route, reason: 'rule', ruleId: rule.id };
  return { target: channel.route, reason: 'default' };
}
