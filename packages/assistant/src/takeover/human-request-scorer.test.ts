import { describe, expect, it } from 'vitest';
import { namedFeatures, scoredRequest } from './human-request/scorer.js';
import { scorerModel } from './human-request/scorer-weights.js';
import { findHumanRequest, requestByRules } from './human-request.js';

// The learned scorer of ADR 0470: a second opinion on messages no rule matches.
describe('human requests: learned scorer', () => {
  it('AI2: the scorer catches forms the rules miss, in their language', () => {
    for (const [text, language] of [
      ['can a staff member attend to me', 'en'],
      // "mau diurus admin aja" is read by the rules since ADR 0620 (a case wanted handled by a role).
      ['tolong direspon admin', 'id'],
      ['que un humano revise mi caso por favor', 'es'],
    ] as const) {
      expect(requestByRules(text), text).toBeUndefined();
      expect(findHumanRequest(text), text).toMatchObject({ language });
    }
    expect(findHumanRequest('can a staff member attend to me')?.phrase).toBe('staff');
  });

  it('AI2: the scorer does not fire without a role of the shop, nor on near misses', () => {
    for (const text of [
      'please attend to me right now it is urgent',
      'tolong layani saya sekarang',
      'atiéndame ya por favor',
      'my manager will pay the invoice',
      'someone stole my card',
      'a person will pick up the parcel',
    ]) {
      expect(scoredRequest(text), text).toBeUndefined();
      expect(findHumanRequest(text), text).toBeUndefined();
    }
  });

  it('AI2: the generated weights file loads with one weight per feature', () => {
    expect(scorerModel.weights).toHaveLength(namedFeatures.length + 2 ** scorerModel.bits);
    expect(scorerModel.weights.every(Number.isFinite)).toBe(true);
    expect(scorerModel.threshold).toBeGreaterThan(0.5);
    expect(scorerModel.threshold).toBeLessThan(1);
  });
});
