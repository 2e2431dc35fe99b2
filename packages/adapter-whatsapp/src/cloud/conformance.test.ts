import { contentText } from '@parley/core';
import { channelConformance } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { digitsOf } from '../phone.js';
import { BUSINESS, CLOUD, customerNumber } from '../test-helpers.js';
import { fakeGraphServer } from '../testing/fake-graph.js';
import { whatsappWebhookRequest } from '../testing/webhook-request.js';
import { whatsapp } from '../whatsapp.js';
import { cloudApi } from './transport.js';

describe('Cloud API transport conformance', () => {
  const cases = channelConformance({
    async create() {
      const graph = await fakeGraphServer({ accessToken: CLOUD.accessToken });
      const adapter = whatsapp({
        number: BUSINESS,
        transport: cloudApi({
          ...CLOUD,
          graphUrl: graph.url,
          // Business-started sends (outside any window) go as a re-engagement template.
          outsideWindow: (message) => ({
            name: 'reengage',
            language: 'en_US',
            components: [
              { type: 'body', parameters: [{ type: 'text', text: contentText(message.content) }] },
            ],
          }),
        }),
      });
      return {
        adapter,
        address: customerNumber,
        async deliverText(from, text, externalId) {
          const wa = digitsOf(from);
          const body = {
            object: 'whatsapp_business_account',
            entry: [
              {
                id: '102290129340398',
                changes: [
                  {
                    field: 'messages',
                    value: {
                      messaging_product: 'whatsapp',
                      metadata: {
                        display_phone_number: digitsOf(BUSINESS),
                        phone_number_id: CLOUD.phoneNumberId,
                      },
                      contacts: [{ profile: { name: from }, wa_id: wa }],
                      messages: [
                        {
                          from: wa,
                          id: externalId,
                          timestamp: String(Math.floor(Date.now() / 1000)),
                          type: 'text',
                          text: { body: text },
                        },
                      ],
                    },
                  },
                ],
              },
            ],
          };
          const response = await adapter.fetch!(whatsappWebhookRequest(body, CLOUD.appSecret));
          if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
          await adapter.whenIdle();
        },
        async sentTo(to) {
          // The re-engagement template carries the text of a business-started send.
          return graph
            .sentTo(digitsOf(to))
            .map((c) =>
              c.type === 'template' ? { type: 'text', text: (c.variables ?? []).join(' ') } : c,
            );
        },
        close: () => graph.close(),
      };
    },
  });
  for (const c of cases) it(`CH2: ${c.name}`, c.run);

  it('CH2: the suite ran every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
});
