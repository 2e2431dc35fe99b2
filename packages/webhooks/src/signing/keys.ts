import {
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { ParleyError } from '@parley/core';
import { decodeBase64Strict, encodeBase64 } from './base64.js';

/** Prefix of a symmetric (HMAC-SHA256, `v1`) secret. */
export const SECRET_PREFIX = 'whsec_';
/** Prefix of an ed25519 secret key (`v1a`), kept by the sender. */
export const SECRET_KEY_PREFIX = 'whsk_';
/** Prefix of an ed25519 public key (`v1a`), given to receivers. */
export const PUBLIC_KEY_PREFIX = 'whpk_';

export const MIN_SECRET_BYTES = 24;
export const MAX_SECRET_BYTES = 64;

/** A key able to sign: HMAC (`v1`) or ed25519 (`v1a`). */
export type SigningKey =
  | { version: 'v1'; key: KeyObject }
  | { version: 'v1a'; privateKey: KeyObject; publicKey: KeyObject };

/** A key able to verify: HMAC (`v1`) or an ed25519 public key (`v1a`). */
export type VerifyingKey =
  | { version: 'v1'; key: KeyObject }
  | { version: 'v1a'; publicKey: KeyObject };

// DER header of a PKCS#8 ed25519 private key; the 32-byte seed follows it.
const pkcs8Ed25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
// DER header of an SPKI ed25519 public key; the 32-byte key follows it.
const spkiEd25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** A new `whsec_` secret of `bytes` random bytes (24–64, default 32). */
export function generateSecret(options: { bytes?: number } = {}): string {
  const bytes = options.bytes ?? 32;
  if (!Number.isInteger(bytes) || bytes < MIN_SECRET_BYTES || bytes > MAX_SECRET_BYTES) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `generateSecret: bytes must be a whole number from ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES}, got ${bytes}.`,
    );
  }
  return SECRET_PREFIX + encodeBase64(randomBytes(bytes));
}

/**
 * A new ed25519 key pair for asymmetric (`v1a`) signatures. Keep `secretKey`
 * (`whsk_` + base64 of the 32-byte seed and the 32-byte public key) on the sender; hand
 * `publicKey` (`whpk_` + base64 of the 32-byte key) to receivers.
 */
export function generateKeyPair(): { secretKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = rawSeed(privateKey);
  const pub = rawPublicKey(publicKey);
  return {
    secretKey: SECRET_KEY_PREFIX + encodeBase64(Buffer.concat([seed, pub])),
    publicKey: PUBLIC_KEY_PREFIX + encodeBase64(pub),
  };
}

/** The `whpk_` public key of a `whsk_` secret key. */
export function publicKeyOf(secretKey: string): string {
  const key = parseSigningKey(secretKey);
  if (key.version !== 'v1a') {
    throw new ParleyError(
      'CONFIG_INVALID',
      'publicKeyOf: expected a `whsk_` ed25519 secret key; a `whsec_` secret has no public half.',
    );
  }
  return PUBLIC_KEY_PREFIX + encodeBase64(rawPublicKey(key.publicKey));
}

/**
 * Parses a signing secret: `whsec_…` (HMAC) or `whsk_…` (ed25519). A bare base64 string
 * is taken as a `whsec_` secret, as the reference libraries do.
 */
export function parseSigningKey(secret: string): SigningKey {
  if (typeof secret === 'string' && secret.startsWith(SECRET_KEY_PREFIX)) {
    const bytes = decodeBase64Strict(secret.slice(SECRET_KEY_PREFIX.length));
    if (!bytes || (bytes.length !== 32 && bytes.length !== 64)) {
      throw badKey(
        'a `whsk_` secret key must be base64 of the 32-byte ed25519 seed, optionally followed by its 32-byte public key',
      );
    }
    const privateKey = createPrivateKey({
      key: Buffer.concat([pkcs8Ed25519, bytes.subarray(0, 32)]),
      format: 'der',
      type: 'pkcs8',
    });
    const publicKey = createPublicKey(privateKey);
    if (bytes.length === 64 && !rawPublicKey(publicKey).equals(bytes.subarray(32))) {
      throw badKey('the public half of this `whsk_` secret key does not belong to its seed');
    }
    return { version: 'v1a', privateKey, publicKey };
  }
  return { version: 'v1', key: createSecretKey(parseSecret(secret)) };
}

/**
 * Parses a verifying key: `whsec_…` (HMAC), `whpk_…` (ed25519 public key) or `whsk_…`
 * (its public half is used). A bare base64 string is taken as a `whsec_` secret.
 */
export function parseVerifyingKey(secret: string): VerifyingKey {
  if (typeof secret === 'string' && secret.startsWith(PUBLIC_KEY_PREFIX)) {
    const bytes = decodeBase64Strict(secret.slice(PUBLIC_KEY_PREFIX.length));
    if (bytes?.length !== 32) {
      throw badKey('a `whpk_` public key must be base64 of the 32-byte ed25519 public key');
    }
    return {
      version: 'v1a',
      publicKey: createPublicKey({
        key: Buffer.concat([spkiEd25519, bytes]),
        format: 'der',
        type: 'spki',
      }),
    };
  }
  const key = parseSigningKey(secret);
  return key.version === 'v1' ? key : { version: 'v1a', publicKey: key.publicKey };
}

/** The raw bytes of a `whsec_` secret (24–64 bytes); throws CONFIG_INVALID otherwise. */
export function parseSecret(secret: string): Uint8Array {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw badKey('the secret is empty');
  }
  const body = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const bytes = decodeBase64Strict(body);
  if (!bytes) throw badKey('the part after `whsec_` is not standard base64');
  if (bytes.length < MIN_SECRET_BYTES || bytes.length > MAX_SECRET_BYTES) {
    throw badKey(
      `it decodes to ${bytes.length} bytes; Standard Webhooks secrets are ${MIN_SECRET_BYTES}–${MAX_SECRET_BYTES} bytes`,
    );
  }
  return bytes;
}

function rawSeed(privateKey: KeyObject): Buffer {
  return privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(pkcs8Ed25519.length);
}

function rawPublicKey(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(spkiEd25519.length);
}

function badKey(why: string): ParleyError {
  return new ParleyError(
    'CONFIG_INVALID',
    `Invalid webhook key: ${why}. Create one with generateSecret() (\`whsec_\`) or generateKeyPair() (\`whsk_\`/\`whpk_\`).`,
  );
}
