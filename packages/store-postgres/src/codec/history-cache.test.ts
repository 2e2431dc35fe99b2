import type { Message } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { HistoryCache } from './history-cache.js';

const RS = String.fromCharCode(30);
const US = String.fromCharCode(31);
const GS = String.fromCharCode(29);
const doc = (id: string, text = id) => JSON.stringify({ id, text });
const withDoc = (version: number, id: string, text?: string) => `${version}${US}${doc(id, text)}`;
const named = (version: number, id: string) => `${version}${GS}${id}`;

function cache(limit?: number) {
  let decoded = 0;
  const c = new HistoryCache((text) => {
    decoded++;
    return Object.freeze(JSON.parse(text)) as Message;
  }, limit);
  return { c, decoded: () => decoded };
}

describe('HistoryCache', () => {
  it('names what it holds, takes named rows from what the read sent, and decodes only documents', () => {
    const { c, decoded } = cache();
    expect(c.held('a').known).toBeNull();
    const first = c.read('a', c.held('a'), [withDoc(7, 'm1'), withDoc(8, 'm2')].join(RS));
    expect(decoded()).toBe(2);
    const sent = c.held('a');
    expect(sent.known).toBe(`${RS}m1${US}7${RS}m2${US}8${RS}`);
    const second = c.read(
      'a',
      sent,
      [named(7, 'm1'), withDoc(9, 'm2', 'read'), withDoc(3, 'm3')].join(RS),
    );
    expect(second[0]).toBe(first[0]);
    expect(second.map((m) => (m as unknown as { text: string }).text)).toEqual([
      'm1',
      'read',
      'm3',
    ]);
    expect(decoded()).toBe(4);
    expect(c.read('a', c.held('a'), null)).toEqual([]);
    expect(c.held('a').known).toBeNull();
  });

  it('keeps what a read sent even when the cache dropped it meanwhile', () => {
    const { c } = cache(2);
    c.read('a', c.held('a'), [withDoc(1, 'm1'), withDoc(2, 'm2')].join(RS));
    const sent = c.held('a');
    c.read('b', c.held('b'), [withDoc(1, 'n1'), withDoc(2, 'n2')].join(RS)); // a goes
    expect(c.held('a').known).toBeNull();
    const back = c.read('a', sent, [named(1, 'm1'), named(2, 'm2')].join(RS));
    expect(back.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('refuses a named row the read did not hold, or at another version, and unreadable rows', () => {
    const { c } = cache();
    c.read('a', c.held('a'), withDoc(1, 'm1'));
    const sent = c.held('a');
    expect(() => c.read('a', sent, named(2, 'm1'))).toThrow(/did not hold/);
    expect(() => c.read('a', sent, named(1, 'other'))).toThrow(/did not hold/);
    expect(() => c.read('a', sent, 'garbage')).toThrow(/Unreadable history row/);
  });
});
