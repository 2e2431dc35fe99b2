import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
let lastTime = -1;
let seq = 0;

/**
 * A webhook message id: `msg_` + time + a counter + randomness. Ids sort by creation,
 * also within one millisecond of one process, so a log listed by key reads in order.
 */
export function newMessageId(now: Date): string {
  const time = now.getTime();
  if (time === lastTime) seq++;
  else {
    lastTime = time;
    seq = 0;
  }
  return `msg_${time.toString(36).padStart(9, '0')}${seq.toString(36).padStart(4, '0')}${random(10)}`;
}

/** A random id with `prefix`, for endpoints. */
export function newId(prefix: string): string {
  return `${prefix}_${random(20)}`;
}

// One call to the CSPRNG serves many ids; a call per id shows in a burst.
let pool = randomBytes(4096);
let offset = 0;

function random(length: number): string {
  if (offset + length > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[pool[offset++]! % 36];
  return out;
}
