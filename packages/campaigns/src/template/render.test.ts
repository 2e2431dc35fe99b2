import { describe, expect, it } from 'vitest';
import { checkTemplate, pickVariant, renderTemplate } from './render.js';

const ana = {
  name: '  Ana Souza ',
  phone: '+5521988776655',
  attributes: { city: 'Niterói', orders: 3 },
};

describe('OB2: message templates', () => {
  it('OB2: fills the contact name, first name, phone and attributes', () => {
    expect(
      renderTemplate(
        'Oi {{first_name}} ({{ name }}), {{attributes.orders}} pedidos em {{attributes.city}}. {{phone}}',
        ana,
      ),
    ).toEqual({ ok: true, text: 'Oi Ana (Ana Souza), 3 pedidos em Niterói. +5521988776655' });
  });

  it('OB2: a missing value takes the fallback, or the message is not sent', () => {
    expect(renderTemplate('Hi {{first_name|there}}!', { attributes: {} })).toEqual({
      ok: true,
      text: 'Hi there!',
    });
    expect(renderTemplate('Hi {{first_name|}}!', { attributes: {} })).toEqual({
      ok: true,
      text: 'Hi !',
    });
    expect(renderTemplate('{{email}} {{attributes.plan}}', { attributes: {} })).toEqual({
      ok: false,
      missing: ['email', 'attributes.plan'],
    });
  });

  it('OB2: per-language variants fall back from region to language to the campaign default', () => {
    const variants = { pt: 'Olá', id: 'Halo', en: 'Hello' };
    expect(pickVariant(variants, 'pt-BR', 'en')).toBe('Olá');
    expect(pickVariant(variants, 'id', 'en')).toBe('Halo');
    expect(pickVariant(variants, 'es', 'en')).toBe('Hello');
    expect(pickVariant({ 'pt-BR': 'Oi' }, 'pt', 'en')).toBe('Oi');
    expect(pickVariant('Plain', 'id', 'en')).toBe('Plain');
  });

  it('OB2: unknown or unclosed placeholders are caught when the campaign is defined', () => {
    expect(checkTemplate('Hi {{name}} from {{attributes.city}}')).toBeUndefined();
    expect(checkTemplate('Hi {{nama}}')).toMatch(/unknown placeholder \{\{nama\}\}/);
    expect(checkTemplate('Hi {{name}')).toMatch(/not closed/);
  });
});
