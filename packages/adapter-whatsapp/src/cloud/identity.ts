import { addressOfPnJid } from '../phone.js';
import type { CloudMessage, CloudStatus } from './payload.js';

/**
 * The customer's address on the Cloud API: E.164 when Meta shares the number (one
 * person stays one contact across transports), else the business-scoped user id.
 * `wa_id` of an old Brazilian account lacks the ninth digit; the address has it.
 */
export function addressOf(phone: string | undefined, userId: string | undefined): string {
  if (phone) return addressOfPnJid(phone);
  return userId ?? '';
}

/** Who sent an inbound message. */
export const senderOf = (m: CloudMessage) => addressOf(m.from, m.from_user_id);

/** Who the owner wrote to in an echo. */
export const echoRecipientOf = (m: CloudMessage) => addressOf(m.to, m.to_user_id);

/** Who a status is about. */
export const statusRecipientOf = (st: CloudStatus) =>
  addressOf(st.recipient_id, st.recipient_user_id);
