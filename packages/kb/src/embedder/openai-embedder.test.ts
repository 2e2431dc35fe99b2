import { ParleyError } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { type FakeEmbeddings, startFakeEmbeddings } from '../test-support/fake-embeddings.js';
import { openAIEmbedder } from './openai-embedder.js';

const concepts = [
  ['arriv', 'cheg', 'sampai', 'lleg', 'deliver', 'entreg'],
  ['parcel', 'pacote', 'paket', 'package', 'encomenda'],
  ['refund', 'reembols', 'devolu', 'uang'],
  ['pay', 'pag', 'bayar'],
  // Far from any notion the lexical side knows, so only the vectors can bridge them.
  ['owl', 'coruj', 'burung hantu'],
  ['nap', 'sleep', 'dorm', 'cochil'],
];

describe('openAIEmbedder', () => {
  let server: FakeEmbeddings;
  beforeAll(async () => {
    server = await startFakeEmbeddings(concepts);
  });
  afterAll(() => server.close());

  const embedder = (extra: Parameters<typeof openAIEmbedder>[0] = {}) =>
    openAIEmbedder({
      baseURL: server.baseURL,
      apiKey: 'test-key',
      model: 'toy-embed',
      maxRetries: 0,
      ...extra,
    });

  it('AI3: speaks the /v1/embeddings wire format in batches, vectors back in input order', async () => {
    server.requests.length = 0;
    const e = embedder({ batchSize: 2, dimensions: 5 });
    expect(e.id).toBe(`openai:${server.baseURL}:toy-embed:5`);
    const kb = createKnowledgeBase({ embedder: e });
    await kb.ingest({
      name: 'notes.csv',
      data: 'topic,team\npayment by card,billing\nrefund in 5 days,billing\nparcel arrives Monday,logistics\nopening hours,store',
    });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]).toMatchObject({
      path: '/v1/embeddings',
      authorization: 'Bearer test-key',
      body: {
        model: 'toy-embed',
        encoding_format: 'float',
        dimensions: 5,
        input: [
          'topic: payment by card · team: billing',
          'topic: refund in 5 days · team: billing',
        ],
      },
    });
    const vectors = await e.embed(['refund', 'payment']);
    expect(vectors[0]![2]).toBe(1);
    expect(vectors[1]![3]).toBe(1);
    expect((await kb.documents())[0]!.embedded).toBe(true);
  });

  it('AI3: hybrid retrieval finds a passage that shares no word with the question', async () => {
    const docs = [
      { documentId: 'owls', text: 'As corujas dormem no cesto da loja.' },
      { documentId: 'refund', text: 'O reembolso sai em até 7 dias.' },
      { documentId: 'hours', text: 'We open at nine and close at six on weekdays.' },
    ];
    const lexicalOnly = createKnowledgeBase();
    const hybrid = createKnowledgeBase({ embedder: embedder() });
    for (const d of docs) {
      await lexicalOnly.addDocument(d);
      await hybrid.addDocument(d);
    }
    const question = 'where do the owls nap?';
    expect(await lexicalOnly.search(question)).toEqual([]);
    const [hit] = await hybrid.search(question);
    expect(hit?.citation.documentId).toBe('owls');
    expect(hit?.signals.vector).toBeGreaterThan(0.9);
    expect(hit?.signals.lexical).toBe(0);
    // A lexical match still leads when it is also the nearest vector.
    const [both] = await hybrid.search('reembolso');
    expect(both?.citation.documentId).toBe('refund');
    expect(both?.score).toBe(1);
  });

  it('AI3: when the embedding server fails, ingestion and search fall back to lexical', async () => {
    const kb = createKnowledgeBase({ embedder: embedder() });
    server.failWith(500);
    try {
      const info = await kb.addDocument({
        documentId: 'refund',
        text: 'Refunds are paid back within 7 days.',
      });
      expect(info.embedded).toBe(false);
      const [hit] = await kb.search('refunds');
      expect(hit?.citation.documentId).toBe('refund');
      expect(hit?.signals.vector).toBeUndefined();
      await expect(embedder().embed(['x'])).rejects.toSatisfy(
        (e) => ParleyError.isInstance(e) && /toy-embed/.test(e.message),
      );
    } finally {
      server.failWith(0);
    }
  });

  it('AI3: a snapshot keeps vectors for the same embedder and drops them for another', async () => {
    const kb = createKnowledgeBase({ embedder: embedder() });
    await kb.addDocument({ documentId: 'delivery', text: 'O pacote chega em 5 dias úteis.' });
    const snapshot = JSON.parse(JSON.stringify(await kb.snapshot()));
    const before = server.requests.length;
    const same = createKnowledgeBase({ embedder: embedder() });
    await same.restore(snapshot);
    expect((await same.documents())[0]!.embedded).toBe(true);
    expect(server.requests.length).toBe(before);
    expect((await same.search('when does my package arrive'))[0]?.citation.documentId).toBe(
      'delivery',
    );
    const other = createKnowledgeBase({ embedder: embedder({ model: 'other-model' }) });
    await other.restore(snapshot);
    expect((await other.documents())[0]!.embedded).toBe(false);
  });

  it('AI3: says how to give a key when none is set', () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      expect(() => openAIEmbedder()).toThrow(/pass `apiKey` or set OPENAI_API_KEY/);
      expect(() => openAIEmbedder({ baseURL: 'not a url' })).toThrow(/baseURL/);
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });
});
