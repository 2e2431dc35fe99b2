import { describe, expect, it } from 'vitest';
import { StatementNames } from './statement-names.js';

describe('StatementNames', () => {
  it('PL3: names a text from its second use, the same name ever after', () => {
    const names = new StatementNames('s_');
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    expect(names.nameOf('SELECT 1')).toBe('s_0');
    expect(names.nameOf('SELECT 1')).toBe('s_0');
    expect(names.nameOf('SELECT 2')).toBeUndefined();
    expect(names.nameOf('SELECT 2')).toBe('s_1');
  });

  it('PL3: names at most `limit` texts; the rest go unnamed', () => {
    const names = new StatementNames('s_', 2);
    for (const text of ['a', 'a', 'b', 'b', 'c']) names.nameOf(text);
    expect(names.nameOf('c')).toBeUndefined();
    expect(names.nameOf('a')).toBe('s_0');
  });

  it('PL3: never names nor remembers a long text (combined statements)', () => {
    const names = new StatementNames('s_', 8, 100);
    const long = `SELECT ${'1, '.repeat(60)}1`;
    expect(names.nameOf(long)).toBeUndefined();
    expect(names.nameOf(long)).toBeUndefined();
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    expect(names.nameOf('SELECT 1')).toBe('s_0');
  });
});
