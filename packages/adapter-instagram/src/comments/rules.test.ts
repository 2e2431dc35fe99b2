import { parseOrThrow } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { actionFor, commentRulesSchema, findRule, matches, personalise } from './rules.js';

const rules = (input: unknown) => parseOrThrow(commentRulesSchema, input, 'rules');

describe('comment rules', () => {
  it('CH4: keywords match whole words, ignoring case and accents', () => {
    expect(matches('Qual o PREÇO?', 'preco')).toBe(true);
    expect(matches('priceless', 'price')).toBe(false);
    expect(matches('price-list please', 'price')).toBe(true);
    expect(matches('send the price list', 'price list')).toBe(true);
    expect(matches('🔥🔥', '🔥')).toBe(true);
  });

  it('CH4: a global regex matches every time (no stale lastIndex)', () => {
    const re = /how much/gi;
    expect(matches('How much?', re)).toBe(true);
    expect(matches('how much is it', re)).toBe(true);
  });

  it('CH4: the first rule whose posts and match take the comment wins', () => {
    const list = rules([
      { id: 'a', posts: ['p1'], match: 'info', dm: 'A' },
      { id: 'b', match: ['info', /promo/i], dm: 'B' },
      { id: 'c', dm: 'C' },
    ]);
    expect(findRule(list, { text: 'info pls', postIds: ['p1'] })?.id).toBe('a');
    expect(findRule(list, { text: 'info pls', postIds: ['p2', 'SHORT'] })?.id).toBe('b');
    expect(findRule(list, { text: 'PROMO?', postIds: ['p2'] })?.id).toBe('b');
    expect(findRule(list, { text: 'hello', postIds: ['p2'] })?.id).toBe('c');
  });

  it('CH4: the quiz verdict follows the answers', () => {
    const [quiz] = rules([
      { id: 'q', quiz: { answers: ['bali'], right: { dm: 'yes' }, wrong: { dm: 'no' } } },
    ]);
    expect(actionFor(quiz!, 'Bali!!')).toEqual({ action: { dm: 'yes' }, verdict: 'right' });
    expect(actionFor(quiz!, 'Lombok')).toEqual({ action: { dm: 'no' }, verdict: 'wrong' });
  });

  it('CH4: bad rules are refused with what to fix', () => {
    expect(() => rules([{ id: 'x' }])).toThrow(/give `dm`, `publicReplies` or `quiz`/);
    expect(() => rules([{ id: 'x', dm: 'a'.repeat(1001) }])).toThrow(/at most 1000 characters/);
    expect(() =>
      rules([
        { id: 'x', dm: 'hi', quiz: { answers: ['a'], right: { dm: 'y' }, wrong: { dm: 'n' } } },
      ]),
    ).toThrow(/quiz rule answers with/);
    expect(() =>
      rules([
        { id: 'x', dm: 'a' },
        { id: 'x', dm: 'b' },
      ]),
    ).toThrow(/used twice/);
    expect(() => rules([{ id: 'has space', dm: 'a' }])).toThrow(/no spaces/);
    expect(() =>
      rules([{ id: 'q', quiz: { answers: ['a'], right: {}, wrong: { dm: 'n' } } }]),
    ).toThrow(/give `dm`, `publicReplies` or both/);
  });

  it('CH4: {username} becomes the handle, or disappears cleanly', () => {
    expect(personalise('Hi {username}!', 'dewi')).toBe('Hi @dewi!');
    expect(personalise('Hi {username}!', undefined)).toBe('Hi!');
    expect(personalise('Not quite, {username}. Again?', undefined)).toBe('Not quite. Again?');
  });
});
