import { normalisePhone, ParleyError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { parseBusinessNumber, whatsappAddress } from './phone.js';

describe('numbers and addresses', () => {
  it('CH1: a business number is written with its country code in any common format', () => {
    expect(parseBusinessNumber('+55 (21) 98877-6655', 'number')).toBe('+5521988776655');
    expect(parseBusinessNumber('6281234567890', 'number')).toBe('+6281234567890');
    expect(parseBusinessNumber('00351 912 345 678', 'number')).toBe('+351912345678');
  });

  it('CH1: a number without country code or outside the numbering plan is refused with a fix', () => {
    for (const bad of ['21988776655x', '12', '+999123456789', '(21) 98877-6655']) {
      let error: unknown;
      try {
        parseBusinessNumber(bad, 'whatsapp() options: number');
      } catch (e) {
        error = e;
      }
      expect(ParleyError.hasCode(error, 'CONFIG_INVALID'), bad).toBe(true);
      expect((error as Error).message).toMatch(/country code/);
    }
  });

  it('CH1: phone numbers, phone JIDs, LIDs and groups all become one address form', () => {
    expect(whatsappAddress('+55 21 98877-6655')).toBe('+5521988776655');
    expect(whatsappAddress('5521988776655@s.whatsapp.net')).toBe('+5521988776655');
    expect(whatsappAddress('5521988776655:7@s.whatsapp.net')).toBe('+5521988776655');
    expect(whatsappAddress('5521988776655@c.us')).toBe('+5521988776655');
    expect(whatsappAddress('181818181818181:3@lid')).toBe('181818181818181@lid');
    expect(whatsappAddress('120363025246125888@g.us')).toBe('120363025246125888@g.us');
    expect(() => whatsappAddress('customer-1')).toThrow(/not a WhatsApp address/);
  });

  it('RT10: an old Brazilian JID without the ninth digit gets the same address as the number typed today', () => {
    expect(whatsappAddress('552188776655@s.whatsapp.net')).toBe('+5521988776655');
    expect(whatsappAddress('+55 21 8877-6655')).toBe('+5521988776655');
    expect(whatsappAddress('+55 21 3333-4444')).toBe('+552133334444'); // landlines keep 8 digits
  });

  it("RT10: addresses are core's normalisePhone, so phone filters and contacts agree", () => {
    for (const typed of [
      '+55 (21) 98877-6655',
      '5521988776655',
      '552188776655',
      '+55 21 3333-4444',
      '0055 11 98765-4321',
      '+62 812-3456-7890',
      '+1 415 555 2671',
    ]) {
      expect(whatsappAddress(typed), typed).toBe(normalisePhone(typed));
      expect(whatsappAddress(`${normalisePhone(typed)!.slice(1)}@s.whatsapp.net`)).toBe(
        normalisePhone(typed),
      );
    }
  });

  it('CH1: a business number is checked against the full numbering plan, a local number refused', () => {
    // Core's lighter check reads these as valid numbers of another country.
    expect(normalisePhone('98877-6655')).toBe('+988776655');
    expect(() => parseBusinessNumber('98877-6655', 'number')).toThrow(/country code/);
    // A number WhatsApp hands over is kept when its length is possible.
    expect(whatsappAddress('62107788870316@s.whatsapp.net')).toBe('+62107788870316');
  });
});
