import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientFrameSchema } from '../protocol.js';
import { parseServerFrame } from './frames.js';

// P-36: the widget's and the server's frame parsers are total: any string or JSON is a
// frame or `undefined` / a zod failure, never an exception.
const runs = Number(process.env.FC_RUNS ?? 200);
const text = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({
      type: fc.constantFrom('message', 'history', 'hello', 'typing', 'read', 'status', 'x'),
      message: fc.anything(),
      messages: fc.array(fc.anything(), { maxLength: 3 }),
    })
    .map((v) => JSON.stringify(v)),
);

describe('widget frame fuzz', () => {
  it('P-36: parseServerFrame accepts or returns undefined for any input', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (data) => {
        expect(() => parseServerFrame(data)).not.toThrow();
      }),
      { numRuns: runs },
    );
  });

  it('P-36: the server-side client frame schema never throws on parsed JSON', () => {
    fc.assert(
      fc.property(text, (data) => {
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          return;
        }
        expect(() => clientFrameSchema.safeParse(json)).not.toThrow();
      }),
      { numRuns: runs },
    );
  });
});
