import type { Refusal } from '../pacing/pacer.js';
import { statusCodeOf } from './socket.js';

/**
 * WhatsApp's 463: a 1:1 message sent without the contact's privacy token, which WhatsApp
 * counts as reaching out to a new contact; it arrives once the number is restricted or
 * time-locked for reach-outs. Baileys reports it in the server's ack, after `sendMessage`
 * resolved: `messages.update` with status ERROR (0) and `messageStubParameters` `['463']`
 * or `['463', 'Your account has been restricted']`. A query answered with it throws a
 * Boom whose `data` is 463.
 */
export const REACH_OUT_REFUSED = '463';

/** What an error thrown by a Baileys send says about the number (P-26). */
export function refusalOf(error: unknown): Refusal | undefined {
  const status = statusCodeOf(error);
  const data = (error as { data?: unknown } | undefined)?.data;
  if (status === 463 || data === 463 || data === REACH_OUT_REFUSED) return 'restricted';
  if (status === 429 || /rate-?overlimit/i.test((error as Error)?.message ?? '')) {
    return 'rate-limited';
  }
  return undefined;
}

/** The 463 refusal in an ack's stub parameters, explained; undefined for other errors. */
export function ackRefusal(stub: readonly (string | null | undefined)[] | null | undefined) {
  if (stub?.[0] !== REACH_OUT_REFUSED) return undefined;
  return `WhatsApp refused a message with ${REACH_OUT_REFUSED} (${stub[1] ?? 'a new chat without a privacy token: the number is restricted from reaching out'})`;
}
