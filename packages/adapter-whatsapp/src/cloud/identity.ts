import { isBsuid } from '../bsuid.js';
import { addressOfPnJid, toE164 } from '../phone.js';
import type { CloudMessage, CloudStatus } from './payload.js';

/**
 * The customer's address on the Cloud API: E.164 when Meta shares the number (one
 * person stays one contact across transports), else the business-scoped user id.
 * `wa_id` of an old Brazilian account lacks the ninth digit; the address has it.
 */
export function addressOf(phone: string | undefined, userId: string | undefined): string {
  const e164 = phone === undefined ? undefined : toE164(phone, false);
  if (e164) return e164;
  if (userId !== undefined && isBsuid(userId)) return userId;
  return phone ? addressOfPnJid(phone) : (userId ?? '');
}

/** Whether `addressOf` finds an address the desk can answer. */
export function isAddress(phone: string | undefined, userId: string | undefined): boolean {
  return (
    (phone !== undefined && toE164(phone, false) !== undefined) ||
    (userId !== undefined && isBsuid(userId))
  );
}

/** Who sent an inbound message. */
export const senderOf = (m: CloudMessage) => addressOf(m.from, m.from_user_id);

/** Who the owner wrote to in an echo. */
export const echoRecipientOf = (m: CloudMessage) => addressOf(m.to, m.to_user_id);

/** Who a status is about. */
export const statusRecipientOf = (st: CloudStatus) =>
  addressOf(st.recipient_id, st.recipient_user_id);
