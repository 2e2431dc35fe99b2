import type { ReceiveOutcome } from '../channel/adapter.js';
import { isUnrouted } from '../conversation/unrouted.js';
import { conversationKey, type DeskRuntime, exclusive, keyOf } from '../desk/runtime.js';
import { createTurnContext } from '../desk/turn.js';
import { toError } from '../errors.js';
import { withTurnOutbox } from '../outbound/outbox.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import { asInbound } from './as-inbound.js';
import { channelMoved, handOverTurns } from './handover.js';
import {
  allPending,
  clearPending,
  type PendingTurn,
  pendingOf,
  retryPending,
} from './pending-turns.js';
import { inTurnScope } from './record-cache.js';
import { ledgerOf } from './turn-ledger.js';

/** The sweep's job type in earlier versions (now a timer per process). */
export const LEGACY_SWEEP_JOB = 'parley.turn-sweep';

/** Runs the turn stages (host middleware included) on a prepared context. */
export type TurnRunner = (ctx: TurnContext) => Promise<void>;

/**
 * Runs the unfinished turns of one conversation as one turn (they answer together, as a
 * burst would). The caller holds the conversation's key. A turn is dropped when its
 * conversation has been closed or solved since (an operator's solve stops it), and it
 * stops at the takeover gate when operators hold the conversation; a channel this
 * process does not run is left for the process that does (it resumes the turn when it
 * adds the channel).
 */
export async function runPendingTurns(
  rt: DeskRuntime,
  runTurn: TurnRunner,
  tenantId: string,
  conversationId: string,
): Promise<ReceiveOutcome | undefined> {
  const pending = await pendingOf(rt, tenantId, conversationId);
  if (pending.length === 0) return undefined;
  const conv = await rt.store.getConversation(tenantId, conversationId);
  const channel = conv && rt.channels.get(conv.channelId);
  // Not registered here: another process owns the channel (leases) and runs it.
  if (conv && !channel) return undefined;
  const awaitingSurvey = pending.some((p) => p.awaitingSurvey);
  const contact = conv && (await rt.store.getContact(tenantId, conv.contactId));
  const ids = new Set(pending.map((p) => p.messageId));
  const recent =
    conv && contact
      ? await rt.store.listMessages(tenantId, conv.id, {
          limit: rt.config.historyLimit + pending.length,
        })
      : [];
  const turn = recent.filter((m) => ids.has(m.id));
  const last = turn.at(-1);
  const live = conv && (conv.status === 'open' || (conv.status === 'solved' && awaitingSurvey));
  if (!conv || !channel || !contact || !last || !live) {
    await clearPending(rt, pending);
    return undefined;
  }
  const ctx = createTurnContext(rt, channel, asInbound(last, conv.contactAddress));
  // A new conversation waits in the queue until its turn routes it: not humans holding it.
  const held = (conv.handler === 'operator' || conv.handler === 'queue') && !isUnrouted(conv);
  Object.assign(ctx, {
    contact,
    conversation: conv,
    message: last,
    turn,
    isNewConversation: pending.some((p) => p.isNew),
    // A takeover since the message was accepted wins over the route it needed then.
    needsRoute: !held && pending.some((p) => p.needsRoute),
    awaitingSurvey,
  });
  ctx.outcome = { status: 'accepted', conversationId: conv.id, messageId: last.id };
  const ledger = ledgerOf(ctx);
  ledger.pending = pending;
  await finishTurn(rt, ctx, () => runTurn(ctx));
  return ctx.outcome;
}

/**
 * Runs `work` (a turn) and deletes its pending records once it has answered or stopped.
 * A turn that threw keeps them: when its channel left this process meanwhile (the lease
 * moved), the turn is handed to the owner's lane and nothing is reported; otherwise the
 * error is rethrown (reported) and the recovery runs the turn again, up to
 * `MAX_TURN_ATTEMPTS` (its outbox keeps a re-run from repeating what was sent). A turn
 * cut short by `desk.stop()` keeps them too, to run again after the next start.
 */
export async function finishTurn(
  rt: DeskRuntime,
  ctx: TurnContext,
  work: () => Promise<void>,
  stopping: () => boolean = () => false,
): Promise<void> {
  const ledger = ledgerOf(ctx);
  try {
    // Numbers the turn's outbound parts, so a re-run does not send what it already sent.
    await withTurnOutbox(rt, turnKey(ctx), ledger, work);
  } catch (error) {
    const pending = ledger.pending;
    if (pending.length === 0) throw error;
    if (channelMoved(rt, ctx.channel.id, ctx.runtime)) {
      const { tenantId, conversationId, channelId } = pending[0]!;
      await handOverTurns(rt, { tenantId, conversationId, channelId });
      rt.logger.info('parley: turn handed to the process that now runs its channel', {
        channelId,
        conversationId,
        error: String(error),
      });
      return;
    }
    if (!(ledger.aborted && stopping())) await retryPending(rt, pending, scopeOf(ctx));
    throw error;
  }
  if (ledger.pending.length > 0 && !(ledger.aborted && stopping())) {
    await clearPending(rt, ledger.pending, scopeOf(ctx));
  }
}

/** The conversation key a turn runs holding (its lock, and its outbox scope's key). */
const turnKey = (ctx: TurnContext) => conversationKey(ctx.channel.id, ctx.inbound.from.externalId);

/** The conversation key a turn holds (its record-cache scope). */
const scopeOf = (ctx: TurnContext) => (ctx.conversation ? keyOf(ctx.conversation) : undefined);

/**
 * Runs every unfinished turn found in the store, each holding its conversation's key:
 * on `start()` (a crash or a stop left them), and from the sweep job for turns older
 * than `staleAfterMs` (their process died while others kept running).
 */
export async function recoverTurns(
  rt: DeskRuntime,
  runTurn: TurnRunner,
  options: { staleAfterMs?: number } = {},
): Promise<number> {
  const groups = await allPending(rt);
  const now = rt.clock.now().getTime();
  // Only channels this process runs: another process's conversations are not ours to
  // lock (with leases, each channel lives in one process).
  const due = groups.filter(
    (g) =>
      rt.channels.has(g[0]!.channelId) &&
      (options.staleAfterMs === undefined ||
        g.every((p) => now - p.at >= (options.staleAfterMs ?? 0))),
  );
  const results = await Promise.allSettled(due.map((g) => recoverOne(rt, runTurn, g)));
  for (const r of results) {
    if (r.status === 'rejected')
      rt.bus.emit('error', { error: toError(r.reason), stage: 'recover' });
  }
  return due.length;
}

async function recoverOne(rt: DeskRuntime, runTurn: TurnRunner, group: PendingTurn[]) {
  const { tenantId, conversationId } = group[0]!;
  await recoverConversation(rt, runTurn, tenantId, conversationId);
}

/** Runs one conversation's pending turns holding its key (recovery, a handover job). */
export async function recoverConversation(
  rt: DeskRuntime,
  runTurn: TurnRunner,
  tenantId: string,
  conversationId: string,
): Promise<void> {
  const conv = await rt.store.getConversation(tenantId, conversationId);
  if (!conv) {
    await clearPending(rt, await pendingOf(rt, tenantId, conversationId));
    return;
  }
  const key = keyOf(conv);
  await exclusive(rt, key, () =>
    inTurnScope(rt.store, key, () => runPendingTurns(rt, runTurn, tenantId, conversationId)),
  );
}
