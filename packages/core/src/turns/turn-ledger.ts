import type { Contact, Conversation } from '../model/records.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { PendingTurn } from './pending-turns.js';

/**
 * The engine's bookkeeping of one turn, kept beside the context (not on it: host
 * middleware sees `TurnContext`, and none of this is theirs to change).
 */
export interface TurnLedger {
  /** Pending-turn records this turn answers; deleted when it has run. */
  pending: PendingTurn[];
  /** Called once the message and its pending turn are recorded: the fast ack. */
  acknowledge?: () => void;
  /** Dedupe found the message with its turn unfinished: run that turn now. */
  rerun?: { tenantId: string; conversationId: string; messageId: string };
  /** Record only, for operators (see `ReceiveOptions.hold`). */
  hold?: { reason: string; label?: string };
  /**
   * The contact and conversation `Store.readInbound` found with the dedupe check, and
   * that conversation's unfinished turns then.
   */
  inbound?: { contact?: Contact; conversation?: Conversation; pending?: PendingTurn[] };
  /**
   * What this message changes on a known contact (last inbound time, details the channel
   * reported): saved with the message, in the same write.
   */
  contactChange?: (contact: Contact) => Contact;
  /** The assistant's generation was aborted (takeover, newer message, desk stop). */
  aborted?: boolean;
}

const ledgers = new WeakMap<TurnContext, TurnLedger>();

export function ledgerOf(ctx: TurnContext): TurnLedger {
  let ledger = ledgers.get(ctx);
  if (!ledger) ledgers.set(ctx, (ledger = { pending: [] }));
  return ledger;
}
