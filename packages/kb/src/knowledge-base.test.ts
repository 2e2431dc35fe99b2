import { ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './knowledge-base.js';
import {
  bigCsv,
  catalogPdf,
  fixture,
  memoryKeyValue,
  priceListXlsx,
} from './test-support/files.js';
import type { IngestProgress } from './types.js';

describe('knowledge base', () => {
  it('AI3: reports progress while ingesting a large file, ending at done = total', async () => {
    const kb = createKnowledgeBase();
    const events: IngestProgress[] = [];
    await kb.ingest(
      { name: 'catalogue.csv', data: bigCsv(20_000) },
      { onProgress: (p) => events.push(p) },
    );
    const parse = events.filter((e) => e.phase === 'parse');
    expect(parse.length).toBeGreaterThan(5);
    expect(parse.every((e, i) => i === 0 || e.done >= parse[i - 1]!.done)).toBe(true);
    expect(parse.at(-1)).toMatchObject({ done: parse.at(-1)!.total, file: 'catalogue.csv' });
    expect(events.at(-1)).toEqual({
      documentId: 'catalogue.csv',
      file: 'catalogue.csv',
      phase: 'index',
      done: 20_000,
      total: 20_000,
    });
    const [hit] = await kb.search('SKU-12345');
    expect(hit?.citation.row).toBe(12_346);
  });

  it('AI3: reports PDF progress page by page', async () => {
    const kb = createKnowledgeBase();
    const pages: Array<[number, number]> = [];
    await kb.ingest(
      { name: 'c.pdf', data: await catalogPdf() },
      { onProgress: (p) => p.phase === 'parse' && pages.push([p.done, p.total]) },
    );
    expect(pages).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('AI3: re-ingesting a document replaces it; removing it removes its passages', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'prices.csv', data: 'product,price\nGreen Tea,10\nBlack Tea,12' });
    await kb.ingest({ name: 'prices.csv', data: 'product,price\nGreen Tea,11\nOolong,15' });
    expect(await kb.documents()).toMatchObject([{ documentId: 'prices.csv', chunks: 2 }]);
    const green = await kb.search('green tea price');
    expect(green[0]?.text).toBe('product: Green Tea · price: 11');
    expect(green.some((h) => h.text.includes('Black'))).toBe(false);
    expect(await kb.search('black')).toEqual([]);
    expect(await kb.remove('prices.csv')).toBe(true);
    expect(await kb.remove('prices.csv')).toBe(false);
    expect(await kb.search('oolong')).toEqual([]);
    expect(await kb.documents()).toEqual([]);
  });

  it('AI3: a document id can be chosen, so two files can share a name', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'list.csv', data: 'item\nApple' }, { documentId: 'a' });
    await kb.ingest({ name: 'list.csv', data: 'item\nBanana' }, { documentId: 'b' });
    expect((await kb.documents()).map((d) => d.documentId)).toEqual(['a', 'b']);
    expect((await kb.search('banana'))[0]?.citation).toEqual({
      documentId: 'b',
      file: 'list.csv',
      row: 2,
    });
  });

  it('AI3: a snapshot restores the same answers without the files', async () => {
    const clock = createFakeClock('2026-02-01T10:00:00Z');
    const kb = createKnowledgeBase({ clock });
    await kb.ingest({ name: 'harga.xlsx', data: await priceListXlsx() });
    await kb.ingest({ name: 'faq-id.csv', data: fixture('faq-id.csv') });
    const snapshot = JSON.parse(JSON.stringify(await kb.snapshot()));
    const restored = createKnowledgeBase();
    await restored.restore(snapshot);
    expect(await restored.documents()).toEqual(await kb.documents());
    expect((await restored.documents())[0]?.addedAt).toBe('2026-02-01T10:00:00.000Z');
    for (const q of ['berapa harga americano?', 'bisa COD?', 'jam buka toko']) {
      expect(await restored.search(q)).toEqual(await kb.search(q));
    }
    await expect(restored.restore({ ...snapshot, version: 2 })).rejects.toSatisfy((e) =>
      ParleyError.hasCode(e, 'INPUT_INVALID'),
    );
    expect(await restored.documents()).toHaveLength(2);
  });

  it('AI3: with a KeyValue store, a restart finds every document without re-ingesting', async () => {
    const kv = memoryKeyValue();
    const first = createKnowledgeBase({ store: kv });
    await first.ingest({ name: 'harga.xlsx', data: await priceListXlsx() });
    await first.ingest({ name: 'catalogo.pdf', data: await catalogPdf() });
    await first.remove('catalogo.pdf');
    await first.addFaq([
      { question: 'Do you deliver on Sunday?', answer: 'No, Monday to Saturday only.' },
    ]);
    expect(kv.keys()).toEqual(['default/default/doc/faq', 'default/default/doc/harga.xlsx']);

    const second = createKnowledgeBase({ store: kv });
    expect((await second.documents()).map((d) => d.documentId)).toEqual(['faq', 'harga.xlsx']);
    expect((await second.search('berapa harga cappuccino?'))[0]?.citation).toMatchObject({
      sheet: 'Minuman',
      row: 5,
    });
    expect((await second.search('sunday delivery?'))[0]?.answer).toBe(
      'No, Monday to Saturday only.',
    );
    const removed = await second.search('prazo de entrega interior');
    expect(removed.filter((h) => h.citation.documentId === 'catalogo.pdf')).toEqual([]);
  });

  it('AI3: a store that fails leaves the base as it was and says STORE_FAILED', async () => {
    const kv = memoryKeyValue();
    const kb = createKnowledgeBase({ store: kv });
    await kb.addFaq([{ question: 'Where are you?', answer: 'Curitiba.' }]);
    kv.set = async () => {
      throw new Error('disk full');
    };
    await expect(kb.ingest({ name: 'x.txt', data: 'Opening hours are 9 to 5.' })).rejects.toSatisfy(
      (e) => ParleyError.hasCode(e, 'STORE_FAILED'),
    );
    expect((await kb.documents()).map((d) => d.documentId)).toEqual(['faq']);
    expect(await kb.search('opening hours')).toEqual([]);
  });

  it("PL1: no search ever returns another tenant's passages, even sharing a store and ids", async () => {
    const kv = memoryKeyValue();
    const shopA = createKnowledgeBase({ tenantId: 'shop-a', store: kv });
    const shopB = createKnowledgeBase({ tenantId: 'shop-b', store: kv });
    await shopA.addFaq([{ question: 'What is the delivery time?', answer: 'A: two days.' }]);
    await shopB.addFaq([{ question: 'What is the delivery time?', answer: 'B: five days.' }]);
    await shopA.ingest({ name: 'secret.txt', data: 'Supplier margin for shop A is 42 percent.' });
    for (const kb of [shopA, createKnowledgeBase({ tenantId: 'shop-a', store: kv })]) {
      expect((await kb.search('delivery time', { limit: 50 })).map((h) => h.answer)).toEqual([
        'A: two days.',
      ]);
    }
    for (const kb of [shopB, createKnowledgeBase({ tenantId: 'shop-b', store: kv })]) {
      const hits = await kb.search('delivery time supplier margin shop', { limit: 50 });
      expect(hits.map((h) => h.answer)).toEqual(['B: five days.']);
      expect(hits.every((h) => !h.text.includes('shop A'))).toBe(true);
    }
    expect((await shopB.snapshot()).documents.map((d) => d.documentId)).toEqual(['faq']);
    expect(kv.keys().every((k) => k.startsWith('shop-a/') || k.startsWith('shop-b/'))).toBe(true);
  });

  it('AI3: validates its options and inputs with messages that say how to fix them', async () => {
    expect(() => createKnowledgeBase({ languages: ['fr' as never] })).toThrow(/languages\.0/);
    expect(() => createKnowledgeBase({ limits: { maxRows: -1 } })).toThrow(/limits\.maxRows/);
    const kb = createKnowledgeBase();
    await expect(kb.ingest({ name: 'x' } as never)).rejects.toSatisfy((e) =>
      ParleyError.hasCode(e, 'INPUT_INVALID'),
    );
    await expect(kb.addFaq([{ question: 'q' }] as never)).rejects.toThrow(
      /question: string, answer: string/,
    );
    expect(await kb.search('   ')).toEqual([]);
  });
});
