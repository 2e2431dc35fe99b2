import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ParleyError } from '@parley/core';

// scrypt parameters: N=2^15, r=8, p=1 (OWASP's minimum for scrypt), 64-byte key.
// Stored with the hash so they can be raised later without breaking old hashes.
const N = 32_768;
const R = 8;
const P = 1;
const KEY_BYTES = 64;
const MAX_MEMORY = 128 * N * R * 2;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_BYTES,
      { N: n, r, p, maxmem: MAX_MEMORY * 2 },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  );
}

/**
 * Hashes a password for `passwordLogin({ operators })`:
 * `scrypt$32768$8$1$<salt base64>$<key base64>`. Never store the password itself.
 */
export async function hashPassword(password: string): Promise<string> {
  if (typeof password !== 'string' || password.length < 8 || password.length > 1024)
    throw new ParleyError('INPUT_INVALID', 'A console password is 8 to 1024 characters.');
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches a hash made by `hashPassword` (constant-time compare). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every(Number.isInteger) || n > 1 << 20) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length !== KEY_BYTES || password.length > 1024) return false;
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), n, r, p);
  return timingSafeEqual(key, expected);
}

/** A hash checked when the user name is unknown, so both answers take as long. */
export const decoyHash = hashPassword(randomBytes(24).toString('base64'));
