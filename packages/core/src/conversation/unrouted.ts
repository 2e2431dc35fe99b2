import type { Conversation } from '../model/records.js';

/**
 * A conversation in the queue with no assistant, team or operator: opened and not yet
 * routed (a turn that died between opening it and routing it leaves one), or routed to
 * "any human" when no route is configured. A turn that was to route it (its pending
 * record says so) routes it again instead of treating it as held by humans; routing
 * it again to "any human" changes nothing.
 */
export function isUnrouted(conv: Conversation): boolean {
  return (
    conv.handler === 'queue' &&
    conv.assistantId === undefined &&
    conv.teamId === undefined &&
    conv.assigneeId === undefined
  );
}
