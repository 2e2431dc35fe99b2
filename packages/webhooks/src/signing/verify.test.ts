import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { generateSecret } from './keys.js';
import { signHeaders, type WebhookHeaders } from './sign.js';
import { createVerifier } from './verify.js';
import { verificationFailureOf } from './verify-error.js';

const clock = createFakeClock('2026-03-01T12:00:00Z');
const secret = generateSecret();
const verify = createVerifier({ secret, clock });
const body = '{"type":"message.sent","timestamp":"2026-03-01T12:00:00.000Z","data":{}}';
const good = (): WebhookHeaders =>
  signHeaders({ id: 'msg_good', timestamp: clock.now(), body, secret });

function refusal(headers: Parameters<typeof verify>[1], payload: string | Uint8Array = body) {
  try {
    verify(payload, headers);
  } catch (error) {
    const failure = verificationFailureOf(error);
    if (failure) return failure;
    throw error;
  }
  throw new Error('expected the webhook to be refused');
}

describe('verification refuses bad input with a clear reason', () => {
  it('OB1: a good webhook verifies, headers in any case, as a record or Web Headers', () => {
    expect(verify(body, good()).id).toBe('msg_good');
    const upper = Object.fromEntries(Object.entries(good()).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verify(body, upper).id).toBe('msg_good');
    expect(verify(body, new Headers({ ...good() })).id).toBe('msg_good');
  });

  it('OB1: each missing header is named', () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const headers: Partial<WebhookHeaders> = good();
      delete headers[name];
      const failure = refusal(headers);
      expect(failure).toMatchObject({ reason: 'missing_header', status: 400 });
      expect(failure.message).toContain(name);
    }
    expect(refusal({ ...good(), 'webhook-id': '' }).reason).toBe('missing_header');
  });

  it('OB1: duplicated headers are refused (Node arrays and joined Web values)', () => {
    const h = good();
    expect(refusal({ ...h, 'webhook-id': [h['webhook-id'], 'msg_other'] })).toMatchObject({
      reason: 'duplicated_header',
      status: 400,
    });
    const web = new Headers({ ...h });
    web.append('webhook-signature', h['webhook-signature']);
    expect(refusal(web).reason).toBe('duplicated_header');
    const stamps = new Headers({ ...h });
    stamps.append('webhook-timestamp', h['webhook-timestamp']);
    expect(refusal(stamps).reason).toBe('duplicated_header');
  });

  it('P-12, OB1: garbled timestamps are refused: digits only, whole seconds', () => {
    const seconds = good()['webhook-timestamp'];
    for (const stamp of [
      'hello',
      `${seconds}.5`,
      `-${seconds}`,
      `+${seconds}`,
      ` ${seconds}`,
      `0${seconds}`,
      '1e9',
      '0x65',
      `${seconds}000`,
      '',
    ]) {
      const headers = { ...good(), 'webhook-timestamp': stamp };
      const failure = refusal(headers);
      expect(failure.status, stamp).toBe(400);
      expect(['invalid_timestamp', 'missing_header']).toContain(failure.reason);
    }
    expect(refusal({ ...good(), 'webhook-timestamp': `${seconds}000` }).message).toMatch(
      /milliseconds/,
    );
  });

  it('P-12, OB1: stale and future timestamps are refused beyond the tolerance, accepted within', () => {
    const now = clock.now().getTime();
    const at = (ms: number) =>
      signHeaders({ id: 'msg_t', timestamp: new Date(now + ms), body, secret });
    expect(refusal(at(-301_000))).toMatchObject({ reason: 'timestamp_too_old', status: 401 });
    expect(refusal(at(301_000))).toMatchObject({ reason: 'timestamp_too_new', status: 401 });
    expect(verify(body, at(-299_000)).id).toBe('msg_t');
    expect(verify(body, at(299_000)).id).toBe('msg_t');
    const strict = createVerifier({ secret, clock, toleranceSeconds: 10 });
    expect(() => strict(body, at(-11_000))).toThrow(/10 s tolerance/);
    expect(() => createVerifier({ secret, toleranceSeconds: -1 })).toThrow(/toleranceSeconds/);
  });

  it('OB1: a wrong secret, a changed body or a changed id is refused (401)', () => {
    const other = createVerifier({ secret: generateSecret(), clock });
    expect(() => other(body, good())).toThrow(/No signature/);
    expect(refusal(good(), body.replace('{}', '{"x":1}'))).toMatchObject({
      reason: 'no_matching_signature',
      status: 401,
    });
    expect(refusal(good(), `${body} `).reason).toBe('no_matching_signature');
    expect(refusal({ ...good(), 'webhook-id': 'msg_other' }).reason).toBe('no_matching_signature');
  });

  it('OB1: garbled signature headers are refused', () => {
    const sig = good()['webhook-signature'];
    expect(refusal({ ...good(), 'webhook-signature': 'garbage' })).toMatchObject({
      reason: 'invalid_signature_header',
      status: 400,
    });
    expect(refusal({ ...good(), 'webhook-signature': sig.slice(0, 8) }).status).toBe(401);
    expect(refusal({ ...good(), 'webhook-signature': 'v1,' }).reason).toBe('no_matching_signature');
    // Not standard base64 (URL-safe alphabet, missing padding): never "decoded to something".
    const urlSafe = sig.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== sig)
      expect(refusal({ ...good(), 'webhook-signature': urlSafe }).status).toBe(401);
    expect(refusal({ ...good(), 'webhook-signature': sig.replace(/=$/, '') }).status).toBe(401);
    expect(refusal({ ...good(), 'webhook-signature': sig.replace('v1,', 'v2,') }).status).toBe(401);
  });

  it('OB1: ids with whitespace or commas are refused', () => {
    expect(refusal({ ...good(), 'webhook-id': 'msg a' })).toMatchObject({ reason: 'invalid_id' });
    expect(refusal({ ...good(), 'webhook-id': 'x'.repeat(257) }).reason).toBe('invalid_id');
  });

  it('OB1: a parsed object cannot be verified: the raw body is required', () => {
    expect(refusal(good(), JSON.parse(body))).toMatchObject({
      reason: 'invalid_body',
      status: 400,
    });
  });
});
