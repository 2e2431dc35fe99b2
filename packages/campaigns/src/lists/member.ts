import { normalisePhone } from '@parley/core';
import { isTimeZone } from '../time/local-time.js';

export type AttributeValue = string | number | boolean;

/** One contact of a list, ready to enrol. */
export interface ListMember {
  /** The contact's id on the channel: for WhatsApp the phone digits with country code. */
  address: string;
  /** E.164 (`+5521988776655`) when known. */
  phone?: string;
  name?: string;
  email?: string;
  /** Language code for per-language templates (`pt`, `id`, `pt-BR`). */
  language?: string;
  /** IANA zone for step times and quiet hours (`Asia/Jakarta`). */
  timeZone?: string;
  attributes: Record<string, AttributeValue>;
}

/** A contact as given to `lists.add()` or read from a file row. */
export interface MemberInput {
  /** Phone with country code; becomes the address when `address` is not given. */
  phone?: string;
  /** The contact's id on the channel, for channels that are not phone numbers. */
  address?: string;
  name?: string;
  email?: string;
  language?: string;
  timeZone?: string;
  attributes?: Record<string, AttributeValue>;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const languagePattern = /^[a-z]{2}(-[A-Za-z]{2})?$/;

/** A member, or why the input cannot be one (said so a person can fix the row). */
export function toMember(
  input: MemberInput,
  defaultCountry?: string,
): { member: ListMember } | { reason: string } {
  const clean = (v: string | undefined) => {
    const t = v?.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const rawPhone = clean(input.phone);
  let phone: string | undefined;
  if (rawPhone !== undefined) {
    phone = normalisePhone(rawPhone, defaultCountry as Parameters<typeof normalisePhone>[1]);
    if (!phone)
      return {
        reason: `"${rawPhone}" is not a phone number; write it with country and area code, e.g. 5521988776655`,
      };
  }
  const address = clean(input.address) ?? phone?.slice(1);
  if (address === undefined) return { reason: 'no phone number' };
  const email = clean(input.email);
  if (email !== undefined && !emailPattern.test(email))
    return { reason: `"${email}" is not an e-mail address` };
  const language = clean(input.language);
  if (language !== undefined && !languagePattern.test(language))
    return { reason: `"${language}" is not a language code; use one like "pt" or "id"` };
  const timeZone = clean(input.timeZone);
  if (timeZone !== undefined && !isTimeZone(timeZone))
    return { reason: `"${timeZone}" is not an IANA time zone; use one like "Asia/Jakarta"` };
  const name = clean(input.name);
  return {
    member: {
      address,
      ...(phone !== undefined && { phone }),
      ...(name !== undefined && { name }),
      ...(email !== undefined && { email }),
      ...(language !== undefined && { language }),
      ...(timeZone !== undefined && { timeZone }),
      attributes: { ...input.attributes },
    },
  };
}

/** A row the import left out, and why. */
export interface RejectedRow {
  /** The row number as the spreadsheet shows it (the header is usually row 1). */
  row: number;
  reason: string;
  /** The row's cells by header, to show beside the reason. */
  values: Record<string, string>;
}

/**
 * Members from numbered inputs: each bad one is rejected with its reason, and a contact
 * given twice keeps its first row.
 */
export function collectMembers(
  entries: Iterable<{ row: number; input: MemberInput; values: Record<string, string> }>,
  defaultCountry: string | undefined,
): { members: Array<{ row: number; member: ListMember }>; rejected: RejectedRow[] } {
  const members: Array<{ row: number; member: ListMember }> = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, input, values } of entries) {
    const result = toMember(input, defaultCountry);
    const seen = 'member' in result ? firstRowOf.get(result.member.address) : undefined;
    if ('reason' in result) rejected.push({ row, reason: result.reason, values });
    else if (seen !== undefined)
      rejected.push({ row, reason: `the same contact as row ${seen}`, values });
    else {
      firstRowOf.set(result.member.address, row);
      members.push({ row, member: result.member });
    }
  }
  return { members, rejected };
}
