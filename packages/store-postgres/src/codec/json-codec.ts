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
  let n = 0;
  let only = '';
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++n > 1) return false;
    only = key;
  }
  return n === 1 && tags.has(only);
}

/** Sets `key` as an own property, also when it is "__proto__" (no prototype change). */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/**
 * The JSON-ready form of `value`: dates and bytes as tags, and an object that looks like
 * a tag wrapped in `$esc` (walked once, so the wrapper is never wrapped again). A walk,
 * not a `JSON.stringify` replacer: a replacer re-entered the wrapper it returned without end.
 */
function toTagged(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toTagged);
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return toTagged(json.call(value));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    put(out, key, toTagged((value as Record<string, unknown>)[key]));
  return looksTagged(out) ? { [ESCAPED]: out } : out;
}

/** The inverse of `toTagged`, in place on what `JSON.parse` made (2.5× a reviver). */
function fromTagged(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromTagged(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const key = keys[0]!;
    const inner = record[key];
    if (key === DATE && typeof inner === 'string') return new Date(inner);
    if (key === BYTES && typeof inner === 'string')
      return new Uint8Array(Buffer.from(inner, 'base64'));
    if (key === ESCAPED && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      fields(inner as Record<string, unknown>);
      return inner;
    }
  }
  fields(record);
  return record;
}

function fields(record: Record<string, unknown>) {
  for (const key of Object.keys(record)) {
    const old = record[key];
    const next = fromTagged(old);
    if (next !== old) put(record, key, next);
  }
}

/** JSON text of `value` with dates and bytes tagged (one line: no newlines). */
export function stringifyTagged(value: unknown): string {
  return JSON.stringify(toTagged(value));
}

/** The inverse of `stringifyTagged`. */
export function parseTagged<T = unknown>(text: string): T {
  return fromTagged(JSON.parse(text)) as T;
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
