import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta's webhook primitives, shared by the WhatsApp Cloud and Instagram adapters (one
 * implementation, one argument order): `X-Hub-Signature-256` over the raw bytes and the
 * `hub.challenge` subscription handshake.
 */

/** `sha256=<hex>`: the `X-Hub-Signature-256` value Meta sends for `body`. */
export function signMetaBody(appSecret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * Checks `X-Hub-Signature-256` against the raw body, in constant time. A missing
 * header, `sha1=`, wrong-length or non-hex digest is a plain `false` (never a throw:
 * `timingSafeEqual` throws on a length mismatch, so lengths are fixed by the pattern).
 */
export function verifyMetaSignature(
  appSecret: string,
  rawBody: Uint8Array,
  header: string | null | undefined,
): boolean {
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header?.trim() ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Compares two secrets without leaking where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What Meta may send as `hub.challenge`: anything else is not echoed (reflected content). */
const challengePattern = /^[0-9A-Za-z_-]{1,128}$/;

/**
 * Answers Meta's subscription GET: 200 `text/plain` echo of a well-formed
 * `hub.challenge` when `hub.mode=subscribe` and `hub.verify_token` matches (constant
 * time); 403 otherwise, including a missing or malformed challenge.
 */
export function metaSubscription(request: Request, verifyToken: string): Response {
  const params = new URL(request.url).searchParams;
  const mode = params.get('hub.mode');
  const token = params.get('hub.verify_token') ?? '';
  const challenge = params.get('hub.challenge') ?? '';
  const plain = { 'content-type': 'text/plain; charset=utf-8' };
  if (mode === 'subscribe' && safeEqual(token, verifyToken) && challengePattern.test(challenge)) {
    return new Response(challenge, { status: 200, headers: plain });
  }
  return new Response(
    'Verification refused: hub.mode must be subscribe, hub.verify_token must match the verifyToken option, and hub.challenge must be 1-128 letters, digits, _ or -.',
    { status: 403, headers: plain },
  );
}
