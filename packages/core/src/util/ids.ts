import { randomFillSync } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
// One syscall fills randomness for ~400 ids; per-id randomBytes was a visible cost.
const pool = new Uint8Array(4096);
let offset = pool.length;

/**
 * A sortable, unique id: a time prefix (so ids order by creation) and 10 random
 * base-36 characters. `prefix` names the record kind (`conv`, `msg`) for readable logs.
 */
export function newId(prefix: string, now = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const chars = new Array<string>(10);
  for (let i = 0; i < 10; i++) chars[i] = alphabet[pool[offset++]! % 36]!;
  // One join makes one flat string (a template literal makes a cons-string tree).
  chars.unshift(prefix, '_', now.toString(36).padStart(9, '0'));
  return chars.join('');
}
