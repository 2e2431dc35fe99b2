import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff.js';
import { en, pickLanguage } from './i18n.js';
import { id } from './texts-id.js';
import { pt } from './texts-pt.js';

describe('widget reconnect and language', () => {
  it('CH5: reconnect delays grow exponentially with jitter, capped at 30 s', () => {
    const low = () => 0;
    const high = () => 1;
    expect([0, 1, 2, 3, 4].map((a) => reconnectDelay(a, low))).toEqual([
      250, 500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3, 4].map((a) => reconnectDelay(a, high))).toEqual([
      500, 1000, 2000, 4000, 8000,
    ]);
    expect(reconnectDelay(50, high)).toBe(30_000);
    expect(reconnectDelay(50, low)).toBe(15_000);
    expect(reconnectDelay(0, low, 5_000)).toBe(5_000);
  });

  it('CH5: picks data-lang, then the browser languages, then English', () => {
    expect(pickLanguage('pt', ['id-ID'])).toBe('pt');
    expect(pickLanguage(undefined, ['id-ID', 'en'])).toBe('id');
    expect(pickLanguage('fr', ['pt-BR'])).toBe('pt');
    expect(pickLanguage(undefined, ['de-DE'])).toBe('en');
    expect(pickLanguage('in', [])).toBe('id');
  });

  it('CH5: every language has every text', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, texts] of Object.entries({ id, pt })) {
      expect(Object.keys(texts).sort()).toEqual(keys);
      for (const key of keys)
        expect(texts[key as keyof typeof texts], `${lang}.${key}`).not.toBe('');
    }
    expect(id.typing).toBe('Sedang mengetik…');
    expect(pt.send).toBe('Enviar');
  });
});
