import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import { normalisePhone } from '../src/routing/phone.js';
import { createTestDesk, memoryChannel } from '../src/testing/index.js';

describe('RT10: phone filters', () => {
  it('RT10: numbers are normalised to E.164, with the Brazilian ninth digit restored', () => {
    expect(normalisePhone('5521988776655')).toBe('+5521988776655');
    expect(normalisePhone('+55 (21) 98877-6655')).toBe('+5521988776655');
    expect(normalisePhone('552188776655@s.whatsapp.net')).toBe('+5521988776655'); // no ninth digit
    expect(normalisePhone('5521988776655:12@s.whatsapp.net')).toBe('+5521988776655');
    expect(normalisePhone('551133334444')).toBe('+551133334444'); // a landline keeps 8 digits
    expect(normalisePhone('21988776655', 'BR')).toBe('+5521988776655');
    expect(normalisePhone('0812-3456-7890', 'ID')).toBe('+6281234567890');
    expect(normalisePhone('00 1 415 555 2671')).toBe('+14155552671');
    expect(normalisePhone('visitor-42')).toBeUndefined();
    expect(normalisePhone('12345')).toBeUndefined();
  });

  it('RT10: with an allow-list only those numbers are answered; others are recorded as ignored', async () => {
    const t = await createTestDesk({
      settings: { phoneFilter: { allow: ['5521998877445', '+55 11 91234-5678'] } },
    });
    const ignored: string[] = [];
    t.desk.on('message.ignored', (e) => {
      ignored.push(`${e.from.externalId}: ${e.reason}`);
    });
    const tech = t.customer('552198877445@s.whatsapp.net'); // the same number, old spelling
    const stranger = t.customer('5521900001111@s.whatsapp.net');
    expect((await tech.send('manual da bomba?')).status).toBe('accepted');
    expect(await stranger.send('oi')).toEqual({
      status: 'ignored',
      reason: 'the sender is not on the allow-list',
    });
    expect(tech.texts()).toEqual(['echo: manual da bomba?']);
    expect(stranger.texts()).toEqual([]);
    expect(ignored).toEqual(['5521900001111@s.whatsapp.net: the sender is not on the allow-list']);
    // Recorded, but no conversation or contact is opened for it.
    expect((await t.desk.inbox.list()).items).toHaveLength(1);
    const [entry] = await t.desk.inbox.ignored();
    expect(entry?.message).toMatchObject({
      status: 'ignored',
      direction: 'inbound',
      content: { type: 'text', text: 'oi' },
    });
    expect(t.assistant.calls).toHaveLength(1);
  });

  it('RT10: a block-list silences those numbers; a profile phone counts too', async () => {
    const t = await createTestDesk({
      settings: { phoneFilter: { block: ['21 98877-6655'], defaultCountry: 'BR' } },
    });
    await t.customer('visitor-1', { phone: '+5521988776655' }).send('spam');
    await t.customer('visitor-2', { phone: '+5521911112222' }).send('hello');
    expect(t.customer('visitor-1').texts()).toEqual([]);
    expect(t.customer('visitor-2').texts()).toEqual(['echo: hello']);
    expect(
      (await t.desk.inbox.ignored({ channelId: 'test' })).map((i) => i.message.reason),
    ).toEqual(['the sender is on the block-list']);
  });

  it('RT10: a number that is not one fails at createDesk naming the entry', () => {
    expect(() =>
      createDesk({
        channels: [
          {
            id: 'wa',
            adapter: memoryChannel(),
            phoneFilter: { allow: ['5521988776655', 'call me'] },
          },
        ],
      }),
    ).toThrow(/channels\.0\.phoneFilter\.allow\.1.*"call me" is not a phone number/);
  });
});
