import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A sortable, unique id: a time prefix (so ids order by creation) and 10 random
 * base-36 characters. `prefix` names the record kind (`conv`, `msg`) for readable logs.
 */
export function newId(prefix: string, now = Date.now()): string {
  const bytes = randomBytes(10);
  let rand = '';
  for (const b of bytes) rand += alphabet[b % 36];
  return `${prefix}_${now.toString(36).padStart(9, '0')}${rand}`;
}
