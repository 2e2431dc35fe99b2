import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeJsonList, encodeJson } from './json-codec.js';

describe('the JSON codec of stored documents', () => {
  it('P-36: values that look like its own tags round-trip unchanged (they overflowed the stack before)', () => {
    const hostile = {
      metadata: { $date: 'not a date' },
      nested: [{ $bytes: 'AQI=' }, { $esc: { $date: 'x' } }],
      at: new Date('2026-12-07T10:00:00Z'),
      bytes: new Uint8Array([1, 2, 3]),
    };
    expect(decodeJson(encodeJson(hostile))).toEqual(hostile);
  });

  it('P-36: a "__proto__" key stays a plain key and changes no prototype', () => {
    const text = encodeJson(JSON.parse('{"__proto__": {"polluted": true}, "at": {"x": 1}}'));
    const back = decodeJson<Record<string, unknown>>(text);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect((back as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('PL3: any JSON value, with dates and bytes anywhere, decodes to what was encoded', () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.date({ noInvalidDate: true }),
      fc.uint8Array({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom('$date', '$bytes', '$esc')),
          tie('node'),
          {
            maxKeys: 4,
          },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeJson(encodeJson(v))).toEqual(asJson(v));
      }),
    );
  });

  it('PL3: documents joined by "," decode in one parse, in order', () => {
    const docs = [{ id: 'a', at: new Date(0) }, { id: 'b' }].map(encodeJson).join(',');
    expect(decodeJsonList(docs)).toEqual([{ id: 'a', at: new Date(0) }, { id: 'b' }]);
  });
});

/** What JSON keeps of a value (no undefined members, -0 as 0), dates and bytes as they are. */
function asJson(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : asJson(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined)
      Object.defineProperty(out, k, {
        value: asJson(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}
