import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex>`: the `X-Hub-Signature-256` value Meta sends for `body`. */
export function signBody(appSecret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * Checks `X-Hub-Signature-256` against the raw body, in constant time. The body must
 * be the exact bytes received: re-serialised JSON does not verify.
 */
export function verifySignature(
  appSecret: string,
  rawBody: Uint8Array,
  header: string | null,
): boolean {
  if (!header) return false;
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(given, expected);
}

/** Compares two secrets without leaking where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
