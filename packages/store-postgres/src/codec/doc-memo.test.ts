import { describe, expect, it } from 'vitest';
import { DocMemo, leadingId } from './doc-memo.js';

describe('DocMemo', () => {
  it('decodes a text once, a changed text again, and holds at most its limit', () => {
    let decoded = 0;
    const memo = new DocMemo(
      (text) => {
        decoded++;
        return Object.freeze({ text });
      },
      undefined,
      2,
    );
    const first = memo.get('{"a":1}');
    expect(memo.get('{"a":1}')).toBe(first);
    expect(memo.get('{"a":2}')).toEqual({ text: '{"a":2}' });
    expect(decoded).toBe(2);
    memo.get('{"a":3}'); // the oldest, {"a":1}, goes
    expect(memo.get('{"a":1}')).not.toBe(first);
    expect(decoded).toBe(4);
  });

  it('looks a record up by the id its document opens with, and decodes it again when it changed', () => {
    let decoded = 0;
    const memo = new DocMemo((text) => {
      decoded++;
      return Object.freeze(JSON.parse(text));
    }, leadingId);
    const first = memo.get('{"v":{"id":"m1","status":"sent"}}');
    expect(memo.get('{"v":{"id":"m1","status":"sent"}}')).toBe(first);
    expect(memo.get('{"v":{"id":"m1","status":"read"}}').v.status).toBe('read');
    expect(memo.get('{"v":{"other":1}}').v.other).toBe(1);
    expect(decoded).toBe(3);
    expect(leadingId('{"v":{"id":"a\\"b"}}')).toBeUndefined();
  });
});
