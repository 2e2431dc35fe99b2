/**
 * A business-scoped user id (BSUID): what the Cloud API sends for a person who set a
 * WhatsApp username and shares no phone number with the business. Two-letter country,
 * a dot, an optional `ENT.` (a parent BSUID shared by managed businesses), then up to
 * 128 letters and digits: `BR.1502576394655843`, `US.ENT.11815799212886844830`.
 * Parley uses it as the contact's address as it is, on the Cloud API only.
 */
export function isBsuid(value: string): boolean {
  return /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/.test(value);
}
