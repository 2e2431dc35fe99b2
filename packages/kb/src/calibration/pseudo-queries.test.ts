import { describe, expect, it } from 'vitest';
import { chatSpelling } from '../analysis/chat-words.js';
import { pseudoQueries } from './pseudo-queries.js';

describe('pseudoQueries', () => {
  it('AI3: perturbs an FAQ question as customers type it, the same way every time', () => {
    const question = 'Berapa lama pengiriman ke Surabaya?';
    const queries = pseudoQueries(question, 'id', 20);
    expect(queries).toEqual(pseudoQueries(question, 'id', 20));
    expect(queries).not.toContain(question);
    expect(queries).toContain('berapa lama pengiriman ke surabaya');
    // A chat spelling from the chat-word table read in reverse.
    expect(queries.some((q) => q.includes('brp'))).toBe(true);
    // A word dropped.
    expect(queries.some((q) => q.split(' ').length === 4)).toBe(true);
    expect(pseudoQueries(question, 'id', 21)).not.toEqual(queries);
  });

  it('AI3: reads the chat-word table in reverse, one-word expansions only', () => {
    expect(chatSpelling('berapa', 'id')).toBe('brp');
    expect(chatSpelling('ongkos', 'id')).toBeUndefined();
  });
});
