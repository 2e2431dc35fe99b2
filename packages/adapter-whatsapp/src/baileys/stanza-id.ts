import { createHash } from 'node:crypto';

/**
 * The shape of the message ids WhatsApp Web gives its messages, and that Baileys'
 * `generateMessageIDV2` makes: `3EB0` and 18 upper-case hex digits (22 characters).
 */
export const STANZA_ID_PATTERN = /^3EB0[0-9A-F]{18}$/;

/** Whose message a part is: the desk's channel and the WhatsApp number it sends from. */
export interface StanzaScope {
  tenantId: string;
  channelId: string;
  number: string;
}

/**
 * The WhatsApp message id of a Parley part: the same part id always gives the same
 * stanza id, so a part a crashed turn may already have sent goes again as the same
 * WhatsApp message, and recipients' apps keep one (ADR 0270). The scope is hashed in so
 * two desks, tenants or numbers never derive one id from equal part ids. Baileys
 * generates random ids only, hence this hash in the same shape as its own.
 */
export function stanzaIdFor(scope: StanzaScope, partId: string): string {
  // A JSON array keeps the fields apart: no two scopes hash the same bytes.
  const input = JSON.stringify([
    'parley.stanza',
    scope.tenantId,
    scope.channelId,
    scope.number,
    partId,
  ]);
  const digest = createHash('sha256').update(input).digest('hex').toUpperCase();
  return `3EB0${digest.slice(0, 18)}`;
}
