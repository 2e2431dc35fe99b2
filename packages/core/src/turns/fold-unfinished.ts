import type { DeskRuntime } from '../desk/runtime.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import { type PendingTurn, pendingOf } from './pending-turns.js';
import { ledgerOf } from './turn-ledger.js';

/**
 * A message accepted while earlier ones of its conversation still have unfinished turns
 * (their process died before recovery reached them, or their turn threw and waits for
 * the sweep) is answered together with them, oldest first, as a recovered turn would
 * answer them. Their records join this turn's: it ends them all, and a crash leaves them
 * all for the recovery, which runs them as one turn again.
 *
 * Called once the message is recorded, holding the conversation's key: no other turn of
 * this conversation runs meanwhile (the store's lock keeps other processes out too).
 */
export async function foldUnfinished(rt: DeskRuntime, ctx: TurnContext): Promise<void> {
  const ledger = ledgerOf(ctx);
  const current = new Set(ledger.pending.map((p) => p.messageId));
  const records =
    ledger.inbound?.pending ??
    // A store without `readInbound` answers this from its key-value space.
    (await pendingOf(rt, ctx.tenantId, ctx.conversation.id));
  const earlier = records.filter(
    (p) => p.conversationId === ctx.conversation.id && !current.has(p.messageId),
  );
  if (earlier.length === 0) return;
  const recent = await rt.store.listMessages(ctx.tenantId, ctx.conversation.id, {
    limit: rt.config.historyLimit + earlier.length + ctx.turn.length,
  });
  const byId = new Map(recent.map((m) => [m.id, m]));
  // Only those whose message is at hand; the others stay for the recovery.
  const folded = earlier.filter((p) => byId.has(p.messageId));
  if (folded.length === 0) return;
  const ordered = (list: PendingTurn[]) => [...list].sort((a, b) => a.at - b.at);
  ledger.pending = ordered([...folded, ...ledger.pending]);
  ctx.turn = [...ordered(folded).map((p) => byId.get(p.messageId)!), ...ctx.turn];
}
