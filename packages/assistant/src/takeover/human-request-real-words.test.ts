import { describe, expect, it } from 'vitest';
import { findHumanRequest } from './human-request.js';

// Everyday words one letter from a role or verb are real words, not typos (`realWords`).
describe('human requests: real words are not typos', () => {
  it('AI2: "stuff", "manner", "kotak", "queda" and "venda" name no person', () => {
    for (const text of [
      'i need stuff for my kitchen',
      'talk to me in a speedier manner from here on out',
      'how do i get stuff with visa points',
      'kotaknya penyok kak, isinya aman ga',
      'donde queda la tienda? me queda lejos',
      'o tênis ainda está à venda?',
    ])
      expect(findHumanRequest(text), text).toBeUndefined();
  });

  it('AI2: the same roles still count, typed right or with a typo', () => {
    for (const text of [
      'i need staff to help me now',
      'let me talk to the manger please',
      'sambungin ke kontak cs dong',
      'quiero hablar con un asesor',
    ])
      expect(findHumanRequest(text), text).toBeDefined();
  });
});
