/**
 * JSON that keeps what Parley records hold beyond plain JSON: `Date` (record times)
 * and `Uint8Array` (media bytes, channel auth keys). They travel as one-key tagged
 * objects; a stored object that happens to look like a tag is wrapped so it comes back
 * unchanged. Used for database documents and backup files alike.
 */
const DATE = '$date';
const BYTES = '$bytes';
const ESCAPED = '$esc';
const tags = new Set([DATE, BYTES, ESCAPED]);

function looksTagged(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && tags.has(keys[0]!);
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // `value` has been through toJSON already (a Date arrives as a string); the holder
  // still has the original.
  const original = this[key];
  if (original instanceof Date) return { [DATE]: original.toISOString() };
  if (original instanceof Uint8Array) return { [BYTES]: Buffer.from(original).toString('base64') };
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && looksTagged(value))
    return { [ESCAPED]: { ...value } };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!looksTagged(record)) return value;
  if (typeof record[DATE] === 'string') return new Date(record[DATE]);
  if (typeof record[BYTES] === 'string')
    return new Uint8Array(Buffer.from(record[BYTES], 'base64'));
  if (ESCAPED in record) return record[ESCAPED];
  return value;
}

/** JSON text of `value` with dates and bytes tagged (one line: no newlines). */
export function stringifyTagged(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/** The inverse of `stringifyTagged`. */
export function parseTagged<T = unknown>(text: string): T {
  return JSON.parse(text, reviver) as T;
}

/** A stored document: wrapped, so `undefined` and bare values round-trip too. */
export function encodeJson(value: unknown): string {
  return stringifyTagged({ v: value });
}

/** The inverse of `encodeJson`. */
export function decodeJson<T = unknown>(text: string): T {
  return parseTagged<{ v: T }>(text).v;
}

/** Documents joined with "," (SQL `string_agg(doc, ',')`), decoded in one parse. */
export function decodeJsonList<T = unknown>(joined: string): T[] {
  return parseTagged<Array<{ v: T }>>(`[${joined}]`).map((d) => d.v);
}
