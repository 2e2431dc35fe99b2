import { channelConformance } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { digitsOf } from '../phone.js';
import { BUSINESS, customerNumber } from '../test-helpers.js';
import { fakeBaileys } from '../testing/fake-baileys.js';
import { whatsapp } from '../whatsapp.js';
import { baileys } from './transport.js';

describe('Baileys transport conformance', () => {
  const cases = channelConformance({
    async create() {
      const fake = fakeBaileys({ me: BUSINESS });
      const adapter = whatsapp({
        number: BUSINESS,
        // The conformance suite sends first to new contacts (business-started): opt in (P-26).
        transport: baileys({ makeSocket: fake.makeSocket, coldMessages: true }),
        pacing: false,
      });
      let seconds = 1767603600;
      return {
        adapter,
        address: customerNumber,
        async deliverText(from, text, externalId) {
          fake.current.upsert([
            {
              key: {
                remoteJid: `${digitsOf(from)}@s.whatsapp.net`,
                fromMe: false,
                id: externalId,
              },
              messageTimestamp: ++seconds,
              pushName: from,
              message: { conversation: text },
            },
          ]);
          await adapter.whenIdle();
        },
        async sentTo(to) {
          const jid = `${digitsOf(to)}@s.whatsapp.net`;
          return fake.sockets.flatMap((s) => s.sentTo(jid));
        },
      };
    },
  });
  for (const c of cases) it(`CH1: ${c.name}`, c.run);

  it('CH1: the suite ran every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
});
