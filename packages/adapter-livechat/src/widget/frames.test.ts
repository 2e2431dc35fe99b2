import { describe, expect, it } from 'vitest';
import { serverFrameSchema } from '../protocol.js';
import { parseServerFrame } from './frames.js';

const menu = {
  type: 'menu',
  text: 'How can we help?',
  options: [
    { id: 'sales', title: 'Sales' },
    { id: 'support', title: 'Support', description: 'Orders' },
  ],
};
const message = (content: unknown, extra: object = {}) => ({
  id: 'msg_1',
  dir: 'out',
  content,
  at: 1767600000000,
  ...extra,
});
const valid: Record<string, unknown>[] = [
  {
    type: 'welcome',
    v: 1,
    visitorId: 'visitor:abc',
    token: 'tok',
    resumed: false,
    identified: true,
    history: [message({ type: 'text', text: 'hi' }), message(menu, { dir: 'in', read: true })],
    maxMessageChars: 4000,
    heartbeatMs: 25000,
  },
  {
    type: 'welcome',
    v: 1,
    visitorId: 'visitor:abc',
    token: 'tok',
    resumed: true,
    identified: false,
    history: [],
    maxMessageChars: 4000,
    heartbeatMs: 25000,
    team: { status: 'away', replyTime: 'We reply within a day' },
    upload: { maxBytes: 5242880, types: ['image/png', 'application/pdf'] },
  },
  { type: 'file', id: 'f1', mimeType: 'image/png', data: 'iVBORw0KGgo=' },
  { type: 'message', message: message({ type: 'text', text: 'hello' }) },
  { type: 'message', message: message(menu) },
  {
    type: 'message',
    message: message(
      { type: 'text', text: 'Maria here' },
      { author: { kind: 'operator', name: 'Maria' } },
    ),
  },
  {
    type: 'message',
    message: message({ type: 'text', text: 'bot' }, { author: { kind: 'assistant' } }),
  },
  { type: 'message', message: message({ type: 'choice', optionId: 'sales', title: 'Sales' }) },
  { type: 'message', message: message({ type: 'choice', optionId: 'sales' }) },
  {
    type: 'message',
    message: message({
      type: 'media',
      kind: 'image',
      url: '/a.png',
      caption: 'A',
      mimeType: 'image/png',
    }),
  },
  {
    type: 'message',
    message: message({
      type: 'media',
      kind: 'document',
      url: 'https://x/y.pdf',
      fileName: 'y.pdf',
    }),
  },
  { type: 'ack', id: 'c1', status: 'accepted' },
  { type: 'ack', id: 'c1', status: 'failed' },
  { type: 'typing', on: true },
  { type: 'typing', on: true, author: { kind: 'assistant', name: 'Sofia' } },
  { type: 'draft', id: 'd1', from: 0, text: 'Our shop', author: { kind: 'assistant' } },
  { type: 'draft', id: 'd1', from: 8, text: ' opens at nine' },
  { type: 'draft', id: 'd1', from: 0, text: '', done: true },
  { type: 'read', ids: ['c1', 'c2'] },
  { type: 'read', ids: [] },
  { type: 'ping' },
];

/** Every way to break a valid frame one field at a time. */
function mutations(frame: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const bad = [undefined, null, '', 'x', 0, -1, 1.5, true, [], {}, Number.MAX_SAFE_INTEGER + 2];
  const walk = (value: unknown, replace: (v: unknown) => unknown) => {
    for (const b of bad) out.push(replace(b));
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, (v) => replace(value.map((x, j) => (j === i ? v : x))));
      });
      out.push(replace([...value, ...value, ...value, ...value, ...value, ...value, ...value]));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        walk((value as Record<string, unknown>)[key], (v) => {
          const copy: Record<string, unknown> = { ...(value as object) };
          if (v === undefined) delete copy[key];
          else copy[key] = v;
          return replace(copy);
        });
      }
    } else if (typeof value === 'string') {
      out.push(replace(value.repeat(300)));
    }
  };
  walk(frame, (v) => v);
  return out;
}

describe('widget frame mirror', () => {
  it('CH5: accepts every valid server frame the zod schema accepts', () => {
    for (const frame of valid) {
      expect(serverFrameSchema.safeParse(frame).success, JSON.stringify(frame)).toBe(true);
      expect(parseServerFrame(JSON.stringify(frame)), JSON.stringify(frame)).toEqual(frame);
    }
  });

  it('CH5: agrees with the zod schema on every one-field mutation of valid frames', () => {
    let checked = 0;
    for (const frame of valid) {
      for (const mutated of mutations(frame)) {
        const text = JSON.stringify(mutated);
        if (text === undefined) continue;
        // JSON turns non-finite numbers into null; compare what travels.
        const sent: unknown = JSON.parse(text);
        const zod = serverFrameSchema.safeParse(sent).success;
        expect(parseServerFrame(text) !== undefined, `${text} (zod: ${zod})`).toBe(zod);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('CH5: refuses what is not a JSON frame', () => {
    for (const raw of ['', 'not json', '[]', 'null', '"ping"', '{}', '{"type":"boom"}']) {
      expect(parseServerFrame(raw)).toBeUndefined();
    }
    expect(parseServerFrame(new ArrayBuffer(4))).toBeUndefined();
  });
});
