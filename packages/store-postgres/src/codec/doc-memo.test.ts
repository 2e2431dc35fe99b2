import { describe, expect, it } from 'vitest';
import { DocMemo } from './doc-memo.js';

describe('DocMemo', () => {
  it('decodes a text once, a changed text again, and holds at most its limit', () => {
    let decoded = 0;
    const memo = new DocMemo((text) => {
      decoded++;
      return Object.freeze({ text });
    }, 2);
    const first = memo.get('{"a":1}');
    expect(memo.get('{"a":1}')).toBe(first);
    expect(memo.get('{"a":2}')).toEqual({ text: '{"a":2}' });
    expect(decoded).toBe(2);
    memo.get('{"a":3}'); // the oldest, {"a":1}, goes
    expect(memo.get('{"a":1}')).not.toBe(first);
    expect(decoded).toBe(4);
  });
});
