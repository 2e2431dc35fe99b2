const NUL = String.fromCharCode(0);
const SOH = String.fromCharCode(1);
const STX = String.fromCharCode(2);

/**
 * Postgres text cannot hold U+0000, yet keys may (the desk joins key parts with it).
 * This escape is injective, keeps prefixes (so `LIKE 'prefix%'` still works) and keeps
 * order: U+0000 → U+0001 U+0001, U+0001 → U+0001 U+0002, every other character as is.
 */
export function escapeKey(key: string): string {
  if (!key.includes(NUL) && !key.includes(SOH)) return key;
  let out = '';
  for (const c of key) out += c === NUL ? SOH + SOH : c === SOH ? SOH + STX : c;
  return out;
}

export function unescapeKey(stored: string): string {
  if (!stored.includes(SOH)) return stored;
  let out = '';
  for (let i = 0; i < stored.length; i++) {
    const c = stored[i]!;
    if (c === SOH) out += stored[++i] === SOH ? NUL : SOH;
    else out += c;
  }
  return out;
}

/** Free text for search columns: NULs dropped (they can't be stored, nobody searches them). */
export function storableText(text: string): string {
  return text.includes(NUL) ? text.split(NUL).join('') : text;
}

/** A LIKE pattern matching `needle` anywhere, with LIKE's special characters escaped. */
export function containsPattern(needle: string): string {
  return `%${escapeLike(needle)}%`;
}

/** A LIKE pattern matching keys that start with `prefix`. */
export function prefixPattern(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Between JSON documents joined into one text (a group's writes, an accept read's
 * history): JSON text never holds a raw control character, so no document needs quoting.
 */
export const DOC_SEPARATOR = String.fromCharCode(30);
