import { ParleyError, parseOrThrow } from '@parley/core';
import type { AbstentionCalibration } from './calibration/calibrate.js';
import { embedAll } from './embedder/embed-all.js';
import { fileError } from './errors.js';
import { assertAcceptedFile } from './ingest/file-gate.js';
import { prepareDocument } from './ingest/prepare-document.js';
import { sharedParsePool } from './ingest/sandbox/parse-pool.js';
import { faqUnits } from './loaders/faq.js';
import { loadFile } from './loaders/load-file.js';
import type { LoadedFile } from './loaders/unit.js';
import { type KnowledgeBaseOptions, resolveOptions } from './options.js';
import { type DocumentStore, documentStore } from './persistence/kv-store.js';
import {
  decodeVector,
  type KnowledgeSnapshot,
  type StoredDocument,
  snapshotSchema,
} from './persistence/snapshot.js';
import { toStored } from './persistence/to-stored.js';
import type { IndexedChunk } from './retrieval/indexed-chunk.js';
import { Retriever } from './retrieval/retriever.js';
import type {
  DocumentInfo,
  FaqPair,
  IngestOptions,
  IngestProgress,
  KnowledgeFile,
  KnowledgeHit,
  KnowledgeSource,
  Language,
  SearchOptions,
} from './types.js';

/** Text or records added without a file. */
export interface DocumentInput {
  documentId: string;
  /** Shown in citations as the file (default: the document id). */
  title?: string;
  /** Plain text or Markdown (headings kept as context). */
  text?: string;
  /** A person checked it: instruction-like passages are indexed (P-38). */
  reviewed?: boolean;
  /** Records, each flattened like a JSON file's. */
  records?: Record<string, unknown>[];
  language?: Language;
}

/** One tenant's knowledge: ingest files, keep them current, search them. */
export interface KnowledgeBase extends KnowledgeSource {
  readonly id: string;
  readonly tenantId: string;
  /**
   * Reads a file (PDF, XLSX, CSV, text, Markdown, JSON, FAQ list, example
   * conversations) and indexes it, replacing the document with the same id. A bad file
   * throws a ParleyError (FILE_INVALID, FILE_TOO_LARGE) and leaves the base unchanged.
   */
  ingest(file: KnowledgeFile, options?: IngestOptions): Promise<DocumentInfo>;
  /** Adds (or replaces) a list of question/answer pairs as one document (default id `faq`). */
  addFaq(
    pairs: FaqPair[],
    options?: { documentId?: string; title?: string },
  ): Promise<DocumentInfo>;
  /** Adds (or replaces) text or records given directly. */
  addDocument(input: DocumentInput): Promise<DocumentInfo>;
  /** Removes a document; false when there was none. */
  remove(documentId: string): Promise<boolean>;
  search(query: string, options?: SearchOptions): Promise<KnowledgeHit[]>;
  /**
   * Abstention thresholds chosen for this base from its own FAQ entries and built-in
   * off-domain messages (`faqAssistant` reads them; see `AbstentionCalibration`).
   * Computed on first call (a few hundred searches) and again after a change; undefined
   * for passages only, under five entries, entries with several phrasings, or an
   * embedder.
   */
  calibration(): Promise<AbstentionCalibration | undefined>;
  documents(): Promise<DocumentInfo[]>;
  /** Everything needed to rebuild the base without the files, JSON-serialisable. */
  snapshot(): Promise<KnowledgeSnapshot>;
  /** Replaces the whole content with a snapshot's (and saves it to the store, if any). */
  restore(snapshot: KnowledgeSnapshot): Promise<void>;
}

interface DocumentEntry {
  info: DocumentInfo;
  embedderId?: string;
  slots: number[];
}

/** Creates a knowledge base. See the package README for a walk-through. */
export function createKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const o = resolveOptions(options);
  const retriever = new Retriever(o.languages);
  const docs = new Map<string, DocumentEntry>();
  const store: DocumentStore | undefined = o.store
    ? documentStore(o.store, o.tenantId, o.id, o.logger)
    : undefined;
  let tail: Promise<unknown> = Promise.resolve();
  let loaded: Promise<void> | undefined;

  /** Mutations run one at a time, so the index and the store never disagree. */
  const serial = <T>(fn: () => Promise<T> | T): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => {});
    return run;
  };

  const ready = (): Promise<void> => {
    if (!store) return Promise.resolve();
    loaded ??= serial(async () => {
      for (const stored of await storeCall(() => store.loadAll(), 'load')) apply(stored);
    }).catch((error) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };

  function apply(stored: StoredDocument): DocumentInfo {
    const previous = docs.get(stored.documentId);
    if (previous) retriever.remove(previous.slots);
    const usable = stored.embedderId !== undefined && stored.embedderId === o.embedder?.id;
    const slots = stored.chunks.map((c, i) => {
      const chunk: IndexedChunk = {
        ...c,
        id: `${stored.documentId}#${i}`,
        citation: { documentId: stored.documentId, file: stored.file, ...c.citation },
        vector: usable && c.vector ? decodeVector(c.vector) : undefined,
      };
      return retriever.add(chunk);
    });
    const info: DocumentInfo = {
      documentId: stored.documentId,
      file: stored.file,
      format: stored.format,
      chunks: slots.length,
      embedded: usable && stored.chunks.every((c) => c.vector !== undefined),
      addedAt: stored.addedAt,
      ...(stored.flagged && { flagged: stored.flagged }),
    };
    docs.set(stored.documentId, {
      info,
      embedderId: usable ? stored.embedderId : undefined,
      slots,
    });
    return info;
  }

  async function storeCall<T>(fn: () => Promise<T>, what: string): Promise<T> {
    try {
      return await fn();
    } catch (cause) {
      throw new ParleyError(
        'STORE_FAILED',
        `Knowledge base "${o.id}" could not ${what} its documents: ${(cause as Error).message}. Check the store; nothing was changed.`,
        { cause },
      );
    }
  }

  async function commit(
    documentId: string,
    file: string,
    loadedFile: LoadedFile,
    ingest: IngestOptions,
  ): Promise<DocumentInfo> {
    const progress = (phase: IngestProgress['phase'], done: number, total: number) =>
      ingest.onProgress?.({ documentId, file, phase, done, total });
    const stored = await prepareDocument({
      documentId,
      file,
      loaded: loadedFile,
      ingest,
      options: o,
      progress,
    });
    const chunks = stored.chunks;
    return serial(async () => {
      if (store) await storeCall(() => store.save(stored), 'save');
      const info = apply(stored);
      progress('index', chunks.length, chunks.length);
      return info;
    });
  }

  async function ingestFile(
    file: KnowledgeFile,
    ingest: IngestOptions = {},
  ): Promise<DocumentInfo> {
    if (
      !file ||
      typeof file.name !== 'string' ||
      (typeof file.data !== 'string' && !(file.data instanceof Uint8Array))
    ) {
      throw new ParleyError(
        'INPUT_INVALID',
        'ingest() needs { name: string, data: Uint8Array | string }.',
      );
    }
    assertAcceptedFile(file, o.limits);
    await ready();
    const documentId = ingest.documentId ?? file.name;
    let loadedFile: LoadedFile;
    try {
      const ctx = {
        file: file.name,
        limits: o.limits,
        signal: ingest.signal,
        progress: (done: number, total: number) =>
          ingest.onProgress?.({ documentId, file: file.name, phase: 'parse', done, total }),
      };
      loadedFile = o.parser.worker
        ? await sharedParsePool(o.parser).load(file, ingest.as ?? 'auto', ctx, {
            clock: o.clock,
            timeoutMs: o.parser.timeoutMs,
          })
        : await loadFile(file, ingest.as ?? 'auto', ctx);
    } catch (error) {
      if (ParleyError.isInstance(error)) throw error;
      throw fileError(
        'FILE_INVALID',
        file.name,
        `it could not be read (${(error as Error).message})`,
        'Check the file, save it again and upload it again.',
        error,
      );
    }
    return commit(documentId, file.name, loadedFile, ingest);
  }

  return {
    id: o.id,
    tenantId: o.tenantId,
    ingest: ingestFile,

    async addFaq(pairs, faqOptions = {}) {
      await ready();
      const valid =
        Array.isArray(pairs) &&
        pairs.every((p) => typeof p?.question === 'string' && typeof p?.answer === 'string');
      if (!valid)
        throw new ParleyError(
          'INPUT_INVALID',
          'addFaq() needs an array of { question: string, answer: string }.',
        );
      const documentId = faqOptions.documentId ?? 'faq';
      return commit(
        documentId,
        faqOptions.title ?? documentId,
        { format: 'faq', units: faqUnits(pairs) },
        {},
      );
    },

    async addDocument(input) {
      if (!input?.documentId || (input.text === undefined && input.records === undefined)) {
        throw new ParleyError(
          'INPUT_INVALID',
          'addDocument() needs { documentId, text } or { documentId, records }.',
        );
      }
      const name = input.title ?? input.documentId;
      const data = input.records !== undefined ? JSON.stringify(input.records) : input.text!;
      const type = input.records !== undefined ? 'json' : /^#{1,6}\s/m.test(data) ? 'md' : 'txt';
      return ingestFile(
        { name, data, type },
        {
          documentId: input.documentId,
          as: 'document',
          language: input.language,
          ...(input.reviewed && { reviewed: true }),
        },
      );
    },

    async remove(documentId) {
      await ready();
      return serial(async () => {
        const entry = docs.get(documentId);
        if (!entry) return false;
        if (store) await storeCall(() => store.delete(documentId), 'delete');
        retriever.remove(entry.slots);
        docs.delete(documentId);
        return true;
      });
    },

    async search(query, searchOptions = {}) {
      await ready();
      if (typeof query !== 'string' || query.trim() === '') return [];
      // P-32: a base answers only its own tenant, checked on every query.
      if (searchOptions.tenantId !== undefined && searchOptions.tenantId !== o.tenantId) {
        o.logger.warn('kb: refused a search from another tenant', {
          base: o.id,
          owner: o.tenantId,
          asking: searchOptions.tenantId,
        });
        return [];
      }
      const limit = Math.min(50, Math.max(1, Math.floor(searchOptions.limit ?? 5)));
      let vector: Float32Array | undefined;
      if (o.embedder && [...docs.values()].some((d) => d.embedderId)) {
        try {
          [vector] = await embedAll(o.embedder, [query], { signal: searchOptions.signal });
        } catch (error) {
          o.logger.warn('kb: query embedding failed; searching lexically', {
            error: (error as Error).message,
          });
        }
      }
      return retriever.search(query, {
        limit,
        language: searchOptions.language,
        kinds: searchOptions.kinds,
        minScore: searchOptions.minScore ?? 0,
        vector,
      });
    },

    async calibration() {
      await ready();
      return retriever.calibration();
    },
    async documents() {
      await ready();
      return [...docs.values()].map((d) => ({ ...d.info }));
    },

    async snapshot() {
      await ready();
      return serial(() => ({
        format: 'parley-kb' as const,
        version: 1 as const,
        id: o.id,
        tenantId: o.tenantId,
        documents: [...docs.values()].map((d) => toStored(d, retriever)),
      }));
    },

    async restore(snapshot) {
      const parsed = parseOrThrow(
        snapshotSchema,
        snapshot,
        'knowledge base snapshot',
        'INPUT_INVALID',
        'Pass the value returned by snapshot(), unchanged.',
      );
      await ready();
      await serial(async () => {
        if (store) {
          const keep = new Set(parsed.documents.map((d) => d.documentId));
          for (const id of docs.keys())
            if (!keep.has(id)) await storeCall(() => store.delete(id), 'delete');
          for (const d of parsed.documents) await storeCall(() => store.save(d), 'save');
        }
        for (const entry of docs.values()) retriever.remove(entry.slots);
        docs.clear();
        for (const d of parsed.documents) apply(d);
      });
    },
  };
}
