import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number in E.164 (`+5521988776655`), or undefined when `raw` is not one.
 * Accepts what people and channels write: `5521988776655`, `+55 (21) 98877-6655`,
 * WhatsApp JIDs (`5521988776655:3@s.whatsapp.net`), and national numbers when
 * `defaultCountry` is given. Brazilian mobiles written without the ninth digit
 * (`552188776655`, still how older WhatsApp accounts appear) get it back, so both
 * spellings of one number compare equal.
 */
export function normalisePhone(raw: string, defaultCountry?: CountryCode): string | undefined {
  const text = raw.split('@')[0]!.split(':')[0]!.trim();
  if (/[a-z]/i.test(text)) return undefined;
  let digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length < 7 || digits.length > 15) return undefined;
  const asInternational = () => parsePhoneNumberFromString(`+${digits}`);
  const asNational = () =>
    defaultCountry ? parsePhoneNumberFromString(digits, defaultCountry) : undefined;
  // Without a "+", a default country reads the number as national first.
  const parsed =
    international || !defaultCountry
      ? asInternational()
      : (valid(asNational()) ?? asInternational());
  if (!valid(parsed)) return undefined;
  const national = String(parsed!.nationalNumber);
  if (
    parsed!.countryCallingCode === '55' &&
    national.length === 10 &&
    /^[1-9]{2}[6-9]/.test(national)
  )
    return `+55${national.slice(0, 2)}9${national.slice(2)}`;
  return String(parsed!.number);
}

function valid<T extends { isValid(): boolean }>(p: T | undefined): T | undefined {
  return p?.isValid() ? p : undefined;
}
