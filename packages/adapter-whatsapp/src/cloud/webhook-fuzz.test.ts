import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloudDesk, fixture } from '../test-helpers.js';

// P-36: signed but hostile or malformed deliveries never crash the handler: they are
// answered 200 (understood or ignored) or 400 (not a webhook payload), and the desk
// reports no error. Run counts stay small to keep `npm test` fast.
const runs = Number(process.env.FC_RUNS ?? 30);

/** Meta's shape with random values where strings, ids and types go. */
const cloudish = fc.record({
  object: fc.oneof(fc.constantFrom('whatsapp_business_account', 'page'), fc.string()),
  entry: fc.array(
    fc.record({
      id: fc.string(),
      changes: fc.array(
        fc.record({
          field: fc.constantFrom('messages', 'statuses', 'x'),
          value: fc.record({
            messaging_product: fc.constant('whatsapp'),
            metadata: fc.record({
              phone_number_id: fc.constantFrom('106540352242922', '1'),
              display_phone_number: fc.string(),
            }),
            contacts: fc.array(
              fc.record({ wa_id: fc.string(), profile: fc.record({ name: fc.string() }) }),
            ),
            messages: fc.array(
              fc.record({
                from: fc.oneof(fc.string(), fc.constant('5511987654321')),
                id: fc.string({ minLength: 1 }),
                timestamp: fc.oneof(fc.string(), fc.nat().map(String)),
                type: fc.constantFrom(
                  'text',
                  'image',
                  'reaction',
                  'interactive',
                  'button',
                  'unknown',
                ),
                text: fc.record({ body: fc.string() }),
                reaction: fc.record({ message_id: fc.string(), emoji: fc.string() }),
              }),
              { maxLength: 3 },
            ),
          }),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
});

describe('Cloud API webhook fuzz', () => {
  it('P-36: random signed payloads get 200 or 400, never a 500 or an engine error', async () => {
    const t = await cloudDesk();
    try {
      const body = fc.oneof(cloudish, fc.jsonValue(), fc.constant(fixture('cloud/text.json')));
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const response = await t.post(payload);
          expect([200, 400]).toContain(response.status);
        }),
        { numRuns: runs },
      );
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
