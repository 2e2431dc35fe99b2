import { createDesk, createMemoryStore, ParleyError } from '@parley/core';
import { createFakeClock, flushMicrotasks, scriptedAssistant } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileys } from './baileys/transport.js';
import { cloudApi } from './cloud/transport.js';
import { CLOUD } from './test-helpers.js';
import { fakeBaileys } from './testing/fake-baileys.js';
import { whatsapp } from './whatsapp.js';

const configError = (fn: () => unknown): ParleyError => {
  try {
    fn();
  } catch (e) {
    if (ParleyError.hasCode(e, 'CONFIG_INVALID')) return e;
    throw e;
  }
  throw new Error('expected CONFIG_INVALID');
};

describe('whatsapp() options', () => {
  it('CH1: bad options are refused with a message naming the field and the fix', () => {
    expect(
      configError(() => whatsapp({ number: '98877-6655', transport: baileys() })).message,
    ).toMatch(/number "98877-6655" is not a valid phone number.*country code/);
    expect(
      configError(() =>
        whatsapp({ number: '+5521988776655', color: 'green', transport: baileys() }),
      ).message,
    ).toMatch(/color: use a hex colour like #25D366/);
    expect(configError(() => whatsapp({ number: '+5521988776655' } as never)).message).toMatch(
      /transport: expected baileys\(\{\.\.\.\}\) or cloudApi\(\{\.\.\.\}\)/,
    );
    expect(configError(() => baileys({ link: 'sms' } as never)).message).toMatch(/link/);
    expect(configError(() => cloudApi({ ...CLOUD, appSecret: '' })).message).toMatch(
      /appSecret: give the Meta app secret/,
    );
    expect(
      configError(() => cloudApi({ ...CLOUD, phoneNumberId: '+5521988776655' })).message,
    ).toMatch(/numeric id from WhatsApp Manager/);
    expect(
      configError(() =>
        whatsapp({ number: '+5521988776655', transport: baileys(), pacing: { minIntervalMs: -1 } }),
      ).message,
    ).toMatch(/pacing/);
  });

  it('CH1: several numbers per tenant, each with its name, number and colour', async () => {
    const clock = createFakeClock();
    const sales = fakeBaileys({ me: '+5521988776655' });
    const support = fakeBaileys({ me: '+6281234567890' });
    const a = whatsapp({
      number: '+55 21 98877-6655',
      name: 'Vendas',
      color: '#25D366',
      transport: baileys({ makeSocket: sales.makeSocket, coldMessages: true }),
      pacing: false,
    });
    const b = whatsapp({
      number: '6281234567890',
      name: 'Support',
      color: '#128C7E',
      transport: baileys({ makeSocket: support.makeSocket, coldMessages: true }),
      pacing: false,
    });
    expect([a.number, b.number]).toEqual(['+5521988776655', '+6281234567890']);
    const desk = createDesk({
      clock,
      store: createMemoryStore({ clock }),
      assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'humans' }],
      teams: [{ id: 'humans' }],
      channels: [
        a.channel({ id: 'wa-sales', route: { assistant: 'bot' } }),
        b.channel({ id: 'wa-support', name: 'Suporte' }),
      ],
    });
    await desk.start();
    await flushMicrotasks();
    expect(desk.channels.list()).toEqual([
      { id: 'wa-sales', tenantId: 'default', kind: 'whatsapp', name: 'Vendas', color: '#25D366' },
      {
        id: 'wa-support',
        tenantId: 'default',
        kind: 'whatsapp',
        name: 'Suporte',
        color: '#128C7E',
      },
    ]);
    await desk.send({ channelId: 'wa-support', to: '+5511987654321' }, 'halo');
    expect(sales.current.sent).toEqual([]);
    expect(support.current.sent).toHaveLength(1);
    await desk.stop();
  });
});
