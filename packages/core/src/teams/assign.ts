import { updateConversation } from '../conversation/transitions.js';
import { type DeskRuntime, exclusive, inBackground, keyOf } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';
import { dequeue, enqueue, isWaiting, queueEntries } from './queue.js';
import { operatorKey, type TeamRuntime, teamsOf } from './registry.js';

/** Open conversations assigned to an operator: the workload their cap limits. */
export async function workload(
  rt: DeskRuntime,
  tenantId: string,
  operatorId: string,
): Promise<number> {
  const page = await rt.store.listConversations(tenantId, {
    assigneeId: operatorId,
    status: ['open'],
    limit: 200,
  });
  return page.items.length;
}

/**
 * The operator who gets the next conversation of `team`, or undefined when every
 * online operator is at their cap. Round robin walks the members in order from the
 * one after the last assigned; least-busy takes the lowest workload, ties in that order.
 */
async function pickOperator(rt: DeskRuntime, team: TeamRuntime): Promise<string | undefined> {
  const { tenantId, id: teamId, policy } = team.config;
  const members = team.members;
  const online = members
    .map((id) => rt.operators.get(operatorKey(tenantId, id)))
    .filter((o) => o?.presence === 'online') as NonNullable<ReturnType<typeof rt.operators.get>>[];
  if (online.length === 0) return undefined;
  const pointer = rt.store.kv(`routing-rr:${tenantId}`);
  const last = await pointer.get<string>(teamId);
  const start = last === undefined ? 0 : members.indexOf(last) + 1;
  const candidates = await Promise.all(
    online.map(async (o) => ({
      id: o.id,
      cap: o.maxConcurrent,
      load: await workload(rt, tenantId, o.id),
      turn: (members.indexOf(o.id) - start + members.length) % members.length,
    })),
  );
  const [chosen] = candidates
    .filter((c) => c.load < c.cap)
    .sort((a, b) => (policy === 'least-busy' ? a.load - b.load : 0) || a.turn - b.turn);
  if (!chosen) return undefined;
  await pointer.set(teamId, chosen.id);
  return chosen.id;
}

// Picking and saving happen under one lock per tenant, so two turns never both take
// an operator's last free seat. Always taken after a conversation's key, never before.
function underAssignLock<T>(rt: DeskRuntime, tenantId: string, fn: () => Promise<T>): Promise<T> {
  return exclusive(rt, `assign/${tenantId}`, fn);
}

async function assignTo(
  rt: DeskRuntime,
  conv: Conversation,
  teamId: string,
  operatorId: string,
): Promise<Conversation> {
  const { queuedAt: _q, ...state } = conv.state;
  const next = await updateConversation(rt, conv, {
    handler: 'operator',
    teamId,
    assigneeId: operatorId,
    state,
  });
  rt.bus.emit('conversation.assigned', { conversation: next, teamId, operatorId });
  return next;
}

/** True when a conversation still waits in the team's queue; drops stale entries on the way. */
async function othersWaiting(rt: DeskRuntime, team: TeamRuntime): Promise<boolean> {
  const { tenantId, id: teamId } = team.config;
  for (const entry of await queueEntries(rt, tenantId, teamId)) {
    const conv = await rt.store.getConversation(tenantId, entry.conversationId);
    if (isWaiting(conv, teamId)) return true;
    await dequeue(rt, tenantId, entry.key);
  }
  return false;
}

/**
 * Hands the conversation to a team (RT7): straight to an operator with room, or into
 * the team's queue, behind anyone already waiting. Runs holding the conversation's key.
 */
export async function sendToTeam(
  rt: DeskRuntime,
  conv: Conversation,
  teamId: string,
): Promise<Conversation> {
  const { assigneeId: _a, ...rest } = conv;
  let next = await updateConversation(rt, rest, {
    handler: 'queue',
    teamId,
    state: { ...conv.state, queuedAt: rt.clock.now().toISOString() },
  });
  rt.bus.emit('conversation.assigned', { conversation: next, teamId });
  const team = rt.teams.get(conv.tenantId, teamId);
  if (team) {
    const assigned = await underAssignLock(rt, conv.tenantId, async () => {
      if (await othersWaiting(rt, team)) return false;
      const operatorId = await pickOperator(rt, team);
      if (operatorId === undefined) return false;
      next = await assignTo(rt, next, teamId, operatorId);
      return true;
    });
    if (assigned) return next;
    await enqueue(rt, next, teamId);
  }
  rt.bus.emit('conversation.queued', { conversation: next, teamId });
  return next;
}

/**
 * Assigns waiting conversations, oldest first, while operators have room. Drains of
 * one team run one at a time; each conversation is changed under its own key.
 */
export function drainTeam(rt: DeskRuntime, tenantId: string, teamId: string): Promise<void> {
  const team = rt.teams.get(tenantId, teamId);
  if (!team) return Promise.resolve();
  return rt.queue.outside(() =>
    rt.queue.run(`drain/${tenantId}/${teamId}`, async () => {
      for (const entry of await queueEntries(rt, tenantId, teamId)) {
        const first = await rt.store.getConversation(tenantId, entry.conversationId);
        if (!isWaiting(first, teamId)) {
          await dequeue(rt, tenantId, entry.key);
          continue;
        }
        const outcome = await exclusive(rt, keyOf(first), async () => {
          const conv = await rt.store.getConversation(tenantId, entry.conversationId);
          if (!isWaiting(conv, teamId)) {
            await dequeue(rt, tenantId, entry.key);
            return 'stale';
          }
          return underAssignLock(rt, tenantId, async () => {
            const operatorId = await pickOperator(rt, team);
            if (operatorId === undefined) return 'full';
            await assignTo(rt, conv, teamId, operatorId);
            await dequeue(rt, tenantId, entry.key);
            return 'assigned';
          });
        });
        if (outcome === 'full') return;
      }
    }),
  );
}

/**
 * Drains the given teams. Awaited by callers that hold no conversation key (public
 * API calls); started in the background from inside a turn, which must not wait on
 * other conversations.
 */
export function rebalance(
  rt: DeskRuntime,
  tenantId: string,
  teamIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(teamIds)].filter((id) => rt.teams.has(tenantId, id));
  if (ids.length === 0) return Promise.resolve();
  const work = () =>
    Promise.all(ids.map((id) => drainTeam(rt, tenantId, id))).then(() => undefined);
  if (rt.queue.holdsAny()) {
    inBackground(rt, 'team-drain', work);
    return Promise.resolve();
  }
  return work();
}

/** Drains the given teams in the background: for code that holds a conversation's key. */
export function rebalanceLater(rt: DeskRuntime, tenantId: string, teamIds: Iterable<string>): void {
  const ids = [...teamIds];
  if (ids.length > 0) inBackground(rt, 'team-drain', () => rebalance(rt, tenantId, ids));
}

/** Teams that may have room once `conv` stops counting against its operator. */
export function teamsFreedBy(rt: DeskRuntime, conv: Conversation): string[] {
  return [
    ...(conv.teamId !== undefined ? [conv.teamId] : []),
    ...(conv.assigneeId !== undefined ? teamsOf(rt, conv.tenantId, conv.assigneeId) : []),
  ];
}
