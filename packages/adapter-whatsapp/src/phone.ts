import { normalisePhone, ParleyError, type ParleyErrorCode } from '@parley/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { BoundedMap } from './bounded-map.js';
import { isBsuid } from './bsuid.js';

const PN_SERVER = 's.whatsapp.net';

/**
 * A phone number written with its country code (`+55 21 98877-6655`, `5521988776655`,
 * `0055…`) in E.164 (`+5521988776655`). The canonical form is core's `normalisePhone`
 * (its Brazilian ninth-digit rule included), so an address and a phone filter entry
 * written the same way always compare equal. `strict` (business numbers) also checks
 * the number against the full numbering plan: core's lighter check reads a local
 * `98877-6655` as an Iranian number. Otherwise a number the plan does not know yet but
 * whose length is possible is kept: WhatsApp knows new ranges before the metadata does.
 */
export function toE164(input: string, strict: boolean): string | undefined {
  // Parsing costs several µs; every inbound message needs it.
  const key = `${strict ? 's' : 'l'}${input}`;
  if (parsedNumbers.has(key)) return parsedNumbers.get(key) ?? undefined;
  const canonical = normalisePhone(input);
  const e164 = strict
    ? canonical && parsePhoneNumberFromString(canonical)?.isValid()
      ? canonical
      : undefined
    : (canonical ?? possibleE164(input));
  parsedNumbers.set(key, e164 ?? null);
  return e164;
}

const parsedNumbers = new BoundedMap<string, string | null>(20_000);

function possibleE164(input: string): string | undefined {
  let cleaned = input.trim().replace(/[\s().\-/]/g, '');
  if (cleaned.startsWith('00')) cleaned = `+${cleaned.slice(2)}`;
  if (!cleaned.startsWith('+')) cleaned = `+${cleaned}`;
  if (!/^\+\d{6,15}$/.test(cleaned)) return undefined;
  const parsed = parsePhoneNumberFromString(cleaned);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** Validates a business number option; throws a ParleyError saying how to write it. */
export function parseBusinessNumber(
  input: string,
  path: string,
  code: ParleyErrorCode = 'CONFIG_INVALID',
): string {
  const e164 = toE164(input, true) ?? metaTestNumber(input);
  if (!e164) {
    throw new ParleyError(
      code,
      `${path} "${input}" is not a valid phone number. Write the digits with the country code, e.g. "+5521988776655" or "6281234567890".`,
      { details: { path } },
    );
  }
  return e164;
}

/**
 * Meta gives every new WhatsApp app a test business number in the 555 area code of
 * North America (`+1 555 078 3881`). The numbering plan reserves that code, so the
 * strict check refuses it; it is accepted as a business number, nowhere else.
 */
function metaTestNumber(input: string): string | undefined {
  const canonical = normalisePhone(input) ?? possibleE164(input);
  return canonical && /^\+1555\d{7}$/.test(canonical) ? canonical : undefined;
}

/** `+5521988776655` → `5521988776655` (what JIDs and the Graph API use). */
export function digitsOf(e164: string): string {
  return e164.replace(/^\+/, '');
}

/** The user part of a JID without device or agent suffix: `5521…:12@s.whatsapp.net` → `5521…`. */
export function jidUser(jid: string): string {
  const at = jid.indexOf('@');
  const user = at < 0 ? jid : jid.slice(0, at);
  return user.split(':')[0]!.split('_')[0]!;
}

export function jidServer(jid: string): string {
  const at = jid.indexOf('@');
  return at < 0 ? '' : jid.slice(at + 1);
}

/** A JID without device suffix, `c.us` spelled as `s.whatsapp.net`. */
export function normaliseJid(jid: string): string {
  const server = jidServer(jid);
  return `${jidUser(jid)}@${server === 'c.us' ? PN_SERVER : server}`;
}

export const isPnJid = (jid: string) => jidServer(jid) === PN_SERVER || jidServer(jid) === 'c.us';
export const isLidJid = (jid: string) => jidServer(jid) === 'lid';
export const isGroupJid = (jid: string) => jidServer(jid) === 'g.us';

/**
 * The address Parley uses for a WhatsApp contact, the same on both transports:
 * E.164 (`+5521988776655`) when the phone number is known, else the LID JID
 * (`123456789012345@lid`), or the group JID (`…@g.us`); on the Cloud API a person
 * known only by a business-scoped user id has that id (`BR.1502576394655843`). Use it to write `to` in
 * `desk.send({ channelId, to })` from any way a person types a number.
 */
export function whatsappAddress(input: string): string {
  const trimmed = input.trim();
  if (isBsuid(trimmed)) return trimmed;
  if (trimmed.includes('@')) {
    const jid = normaliseJid(trimmed);
    if (isPnJid(jid)) {
      const e164 = toE164(jidUser(jid), false);
      if (e164) return e164;
    } else if ((isLidJid(jid) || isGroupJid(jid)) && /^[\d-]+$/.test(jidUser(jid))) {
      return jid;
    }
  } else {
    const e164 = toE164(trimmed, false);
    if (e164) return e164;
  }
  throw new ParleyError(
    'INPUT_INVALID',
    `"${input}" is not a WhatsApp address. Use a phone number with its country code ("+5521988776655"), a LID ("123456789012345@lid"), a group id ("…@g.us") or a business-scoped user id ("BR.1502576394655843").`,
  );
}

/** The JID a canonical address is sent to. */
export function jidOfAddress(address: string): string {
  return address.startsWith('+') ? `${digitsOf(address)}@${PN_SERVER}` : address;
}

/** The canonical address of a phone-number JID (E.164, Brazilian ninth digit restored). */
export function addressOfPnJid(jid: string): string {
  return toE164(jidUser(jid), false) ?? `+${jidUser(jid)}`;
}
