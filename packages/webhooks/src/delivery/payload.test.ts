import { describe, expect, it } from 'vitest';
import { matchesType } from './event-types.js';
import { serializeEvent } from './payload.js';
import { retryAfterMs, withJitter } from './retry.js';

const at = new Date('2026-01-05T09:00:00.000Z');

describe('payload body', () => {
  it('OB1: the body is { type, timestamp, data } with dates as ISO strings', () => {
    const body = serializeEvent('message.sent', at, {
      when: at,
      list: [at, undefined, () => 1],
      n: Number.NaN,
    });
    expect(body).toBe(
      '{"type":"message.sent","timestamp":"2026-01-05T09:00:00.000Z","data":{"when":"2026-01-05T09:00:00.000Z","list":["2026-01-05T09:00:00.000Z",null,null],"n":null}}',
    );
  });

  it('OB1: bytes never travel raw: left out by default, base64 on request', () => {
    const data = {
      file: Buffer.from('hello'),
      view: new Uint8Array([1, 2, 3]),
      raw: new ArrayBuffer(4),
    };
    expect(JSON.parse(serializeEvent('a.b', at, data)).data).toEqual({
      file: { omitted: 'binary', byteLength: 5 },
      view: { omitted: 'binary', byteLength: 3 },
      raw: { omitted: 'binary', byteLength: 4 },
    });
    expect(JSON.parse(serializeEvent('a.b', at, data, 'base64')).data.file).toBe('aGVsbG8=');
  });

  it('OB1: errors, bigints, maps, sets and toJSON objects become plain JSON', () => {
    const error = Object.assign(new Error('send failed'), { code: 'CHANNEL_SEND_FAILED' });
    const data = {
      error,
      big: 12n,
      map: new Map([['k', 1]]),
      set: new Set(['a']),
      url: new URL('https://x.test/a'),
    };
    expect(JSON.parse(serializeEvent('a.b', at, data)).data).toEqual({
      error: { name: 'Error', message: 'send failed', code: 'CHANNEL_SEND_FAILED' },
      big: '12',
      map: { k: 1 },
      set: ['a'],
      url: 'https://x.test/a',
    });
  });

  it('OB1: a circular payload is refused with its path; shared references are fine', () => {
    const shared = { id: 1 };
    expect(() => serializeEvent('a.b', at, { a: shared, b: shared })).not.toThrow();
    const loop: Record<string, unknown> = { id: 1 };
    loop.self = { back: loop };
    expect(() => serializeEvent('a.b', at, loop)).toThrow(/circular reference at data\.self\.back/);
  });
});

describe('event type filters', () => {
  it('OB1: `*`, `noun.*` wildcards and exact types', () => {
    expect(matchesType(['*'], 'anything.at.all')).toBe(true);
    expect(matchesType(['message.*'], 'message.sent')).toBe(true);
    expect(matchesType(['message.*'], 'message.media.downloaded')).toBe(true);
    expect(matchesType(['message.*'], 'messages.sent')).toBe(false);
    expect(matchesType(['message.*'], 'message')).toBe(false);
    expect(matchesType(['conversation.solved'], 'conversation.solved')).toBe(true);
    expect(matchesType(['conversation.solved'], 'conversation.solved.x')).toBe(false);
    expect(matchesType([], 'message.sent')).toBe(false);
  });
});

describe('retry timing helpers', () => {
  it('OB1: jitter spreads a delay by at most the fraction, never the immediate attempt', () => {
    expect(withJitter(10_000, 0.2, () => 0)).toBe(8_000);
    expect(withJitter(10_000, 0.2, () => 1)).toBe(12_000);
    expect(withJitter(10_000, 0.2, () => 0.5)).toBe(10_000);
    expect(withJitter(0, 0.2, () => 1)).toBe(0);
  });

  it('OB1: Retry-After in seconds or as an HTTP date, capped', () => {
    const now = new Date('2026-01-05T09:00:00Z');
    expect(retryAfterMs('30', now, 3_600_000)).toBe(30_000);
    expect(retryAfterMs('Mon, 05 Jan 2026 09:02:00 GMT', now, 3_600_000)).toBe(120_000);
    expect(retryAfterMs('Mon, 05 Jan 2026 08:00:00 GMT', now, 3_600_000)).toBe(0);
    expect(retryAfterMs('999999', now, 3_600_000)).toBe(3_600_000);
    expect(retryAfterMs('soon', now, 3_600_000)).toBeUndefined();
    expect(retryAfterMs(null, now, 3_600_000)).toBeUndefined();
  });
});
