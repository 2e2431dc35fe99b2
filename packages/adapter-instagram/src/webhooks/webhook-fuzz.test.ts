import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, webhookHarness } from './webhook-harness.test-support.js';

// P-36: signed but malformed Instagram deliveries never crash the handler.
const runs = Number(process.env.FC_RUNS ?? 30);

const igish = fc.record({
  object: fc.oneof(fc.constant('instagram'), fc.string()),
  entry: fc.array(
    fc.record({
      id: fc.oneof(fc.constant(ACCOUNT), fc.string()),
      time: fc.nat(),
      messaging: fc.array(
        fc.record({
          sender: fc.record({ id: fc.oneof(fc.string(), fc.constant('6729384756102938')) }),
          recipient: fc.record({ id: fc.constant(ACCOUNT) }),
          timestamp: fc.nat(),
          message: fc.record(
            {
              mid: fc.string({ minLength: 1 }),
              text: fc.string(),
              is_echo: fc.boolean(),
              attachments: fc.array(
                fc.record({ type: fc.string(), payload: fc.record({ url: fc.string() }) }),
                { maxLength: 2 },
              ),
            },
            { requiredKeys: ['mid'] },
          ),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
});

describe('Instagram webhook fuzz', () => {
  it('P-36: random signed payloads are answered (never a thrown error or a hang)', async () => {
    const h = await webhookHarness();
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(igish, fc.jsonValue()), async (payload) => {
          const response = await h.post(payload);
          // 500 is Meta's "deliver again" for events that failed; it must be deliberate.
          expect([200, 400, 500]).toContain(response.status);
          if (response.status === 500) expect(await response.text()).toMatch(/event\(s\) failed/);
        }),
        { numRuns: runs },
      );
    } finally {
      await h.close();
    }
  });
});
