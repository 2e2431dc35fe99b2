import {
  analyzeQuery,
  analyzeText,
  contentWords,
  functionTerms,
  guessLanguage,
} from '../analysis/analyzer.js';
import { isIntentNotion } from '../analysis/concepts.js';
import { namesOffTopic } from '../analysis/off-topic.js';
import {
  type AbstentionCalibration,
  type CalibrationEntry,
  type CalibrationOptions,
  calibrateAbstention,
  type OffDomainMatch,
  offDomainHalves,
  offDomainList,
} from '../calibration/calibrate.js';
import type { HitKind, KnowledgeHit, Language } from '../types.js';
import { EntryClassifier } from './entry-classifier.js';
import { type IndexedChunk, surfaceWords } from './indexed-chunk.js';
import { preferIntent } from './intent-rerank.js';
import { LexicalIndex } from './lexical-index.js';
import { offDomainChunks } from './off-domain-chunks.js';
import { QuestionIndex } from './question-index.js';
import { clamp, fuse, round } from './rank-scores.js';
import { toHit } from './to-hit.js';
import { topicalTokens } from './topical.js';
import { Translations } from './translations.js';
import { VectorIndex } from './vector-index.js';
import { LanguageVocabularies } from './vocabularies.js';

export interface RetrieverSearch {
  limit: number;
  language?: Language;
  kinds?: HitKind[];
  minScore: number;
  vector?: Float32Array;
}

/** Field weights: a match in an FAQ question says more than one in a long answer. */
const weights = { text: 1, context: 0.5, question: 1.5 };
/** Share of an FAQ's lexical score that question similarity can replace. */
const questionWeight = 0.5;
/**
 * Share of an entry's score given by the classifier's probability, when the base has
 * several phrasings per entry (chosen on BANKING77's and CLINC150's validation splits:
 * 0.3–0.5 were within 0.005 of each other, 0 and 1 were 0.04–0.08 lower).
 */
const classifierWeight = 0.4;
/** Lexical score kept by a passage in another language than the customer's. */
const otherLanguage = 0.85;
/**
 * Share of its translations' scores an FAQ entry gains (see `translations.ts`; chosen on
 * five shops' dev questions: 0.2, 0.3, 0.7 and 1 answered fewer right than 0.5).
 */
const translationWeight = 0.5;

/**
 * Lexical (BM25F with multilingual analysers), FAQ question similarity and optional
 * vector retrieval over one knowledge base's chunks, fused into one ranking.
 */
export class Retriever {
  private readonly lexical = new LexicalIndex(weights);
  private readonly questions = new QuestionIndex();
  private readonly vectors = new VectorIndex();
  private readonly classifier = new EntryClassifier();
  /** Indexed words per passage language, for typo tolerance (see `correction`). */
  private readonly vocabularies = new LanguageVocabularies();
  private readonly chunks: (IndexedChunk | undefined)[] = [];
  /** Chunks per language: a language with none gets no cross-language penalty. */
  private readonly perLanguage = new Map<Language, number>();

  /** The intent notions each FAQ entry's question names (see `intent-rerank.ts`). */
  private readonly questionIntents: (ReadonlySet<string> | undefined)[] = [];
  /** FAQ entries, and those of them with several phrasings (see `singlePhrasing`). */
  private faqEntries = 0;
  private phrasedEntries = 0;

  /** Bumped by every change, so a calibration is redone only when the base changed. */
  private generation = 0;
  private calibrated?: { generation: number; value: AbstentionCalibration | undefined };
  /** Each FAQ entry's translations (see `translations.ts`), found again after a change. */
  private readonly translations = new Translations();

  /**
   * The out-of-scope class (ADR 0380): the built-in off-domain messages indexed like a
   * base of their own, all of them and each seeded half (the halves for the calibration's
   * leave-out figures). Built on first use, in a single-phrasing base without vectors.
   */
  private offDomainIndices?: Record<'all' | 0 | 1, Retriever>;

  /** `outOfScopeClass: false` for the off-domain index itself (it has none of its own). */
  constructor(
    private readonly languages: readonly Language[],
    private readonly options: { outOfScopeClass?: boolean } = {},
  ) {}

  get size(): number {
    return this.lexical.size;
  }

  add(chunk: IndexedChunk): number {
    const lang = chunk.language;
    const asked = [chunk.question ?? '', ...(chunk.alternatives ?? [])].filter(Boolean);
    const body = chunk.question !== undefined ? (chunk.answer ?? '') : chunk.text;
    this.generation++;
    const slot = this.lexical.add({
      text: analyzeText(body, lang),
      context: analyzeText(chunk.context ?? '', lang),
      question: asked.flatMap((q) => [...analyzeText(q, lang), ...functionTerms(q, lang)]),
    });
    this.chunks[slot] = chunk;
    this.countEntry(chunk, 1);
    this.questionIntents[slot] =
      asked.length > 0 && chunk.question !== undefined
        ? new Set(asked.flatMap((q) => analyzeText(q, lang).filter(isIntentNotion)))
        : undefined;
    this.vocabularies.of(lang).add(surfaceWords(chunk));
    this.perLanguage.set(lang, (this.perLanguage.get(lang) ?? 0) + 1);
    if (asked.length > 0) {
      this.questions.add(
        slot,
        asked.map((q) => contentWords(q, lang)),
      );
      this.classifier.add(slot, asked, lang);
    }
    if (chunk.vector) this.vectors.set(slot, chunk.vector);
    return slot;
  }

  remove(slots: number[]): void {
    this.generation++;
    this.lexical.remove(slots);
    this.questions.remove(slots);
    this.classifier.remove(slots);
    this.vectors.remove(slots);
    for (const slot of slots) {
      const chunk = this.chunks[slot];
      if (chunk) {
        this.countEntry(chunk, -1);
        this.perLanguage.set(chunk.language, (this.perLanguage.get(chunk.language) ?? 1) - 1);
        this.vocabularies.of(chunk.language).remove(surfaceWords(chunk));
      }
      this.chunks[slot] = undefined;
      this.questionIntents[slot] = undefined;
    }
  }

  private countEntry(chunk: IndexedChunk, delta: number): void {
    if (chunk.question === undefined) return;
    this.faqEntries += delta;
    if ((chunk.alternatives?.length ?? 0) > 0) this.phrasedEntries += delta;
  }

  /**
   * Whether the base is FAQ entries with one phrasing each (five at least): the shape a
   * shop writes by hand. A base whose entries have many phrasings (BANKING77, CLINC150)
   * has an entry classifier trained on them, and its scores already say which entry the
   * intent belongs to; neither the calibration nor the intent re-rank applies there.
   */
  private singlePhrasing(): boolean {
    return this.faqEntries >= 5 && this.phrasedEntries * 2 <= this.faqEntries;
  }

  /** The chunk stored at a slot. */
  chunk(slot: number): IndexedChunk | undefined {
    return this.chunks[slot];
  }

  /** Sets a chunk's vector after the fact (embedding finished later). */
  setVector(slot: number, vector: Float32Array): void {
    const chunk = this.chunks[slot];
    if (!chunk) return;
    chunk.vector = vector;
    this.vectors.set(slot, vector);
  }

  /**
   * Abstention thresholds for this base (see `calibrateAbstention`), computed on first
   * call and again after a change. Undefined for a base of passages, under five FAQ
   * entries, or when most entries have several phrasings: the entry classifier then
   * scores perturbations of its own training phrasings too high, and such a base is
   * better calibrated from real held-apart questions (`evaluateRetrieval`).
   */
  calibration(
    options: Omit<CalibrationOptions, 'languages'> = {},
  ): AbstentionCalibration | undefined {
    if (this.calibrated?.generation === this.generation) return this.calibrated.value;
    const entries: CalibrationEntry[] = [];
    for (const chunk of this.chunks) {
      if (!chunk || chunk.question === undefined) continue;
      entries.push({ question: chunk.question, language: chunk.language, entry: chunk.id });
    }
    // With an embedder, scores fuse a vector ranking the pseudo-queries would have to be
    // embedded for; such a base keeps the fixed thresholds.
    const value =
      !this.singlePhrasing() || this.vectors.size > 0
        ? undefined
        : calibrateAbstention(
            entries,
            (query) =>
              this.search(query, { limit: 8, minScore: 0 }).map((h) => ({
                entry: h.id,
                score: h.score,
                ...(h.signals.topicCoverage !== undefined && {
                  topicCoverage: h.signals.topicCoverage,
                }),
              })),
            {
              ...options,
              languages: this.languages,
              offTopic: (query: string) => this.offTopicQuery(query),
              ...(this.outOfScopeClass() && {
                offDomain: (query: string, index: 'all' | 0 | 1) =>
                  this.offDomainMatch(query, guessLanguage(query, this.languages).language, index),
              }),
            },
          );
    this.calibrated = { generation: this.generation, value };
    return value;
  }

  /** `namesOffTopic` of a raw query, in its guessed language (for the calibration). */
  private offTopicQuery(query: string): boolean {
    const language = guessLanguage(query, this.languages).language;
    const known = (term: string) => this.lexical.has(term);
    return namesOffTopic(
      analyzeQuery(query, language, this.languages, undefined, known),
      this.namesSubject(),
    );
  }

  /**
   * Whether the base names an off-topic subject (a job, a meal; see `off-topic.ts`). In
   * a base of single-phrasing FAQ entries, only when an entry's question asks about it:
   * an answer that mentions it in passing ("as vagas acabam rápido": the slots fill up,
   * not job vacancies) does not answer questions about it.
   */
  private namesSubject(): (term: string) => boolean {
    return this.singlePhrasing()
      ? (term) => this.lexical.hasIn(term, 'question')
      : (term) => this.lexical.has(term);
  }

  /** Whether searches measure the out-of-scope class (see `offDomainScore`). */
  private outOfScopeClass(): boolean {
    return (
      this.options.outOfScopeClass !== false && this.singlePhrasing() && this.vectors.size === 0
    );
  }

  /**
   * The best built-in off-domain message for a query, its score and topic coverage:
   * what out of scope that shares the shop's intent looks like ("pay my electricity
   * bill" holds `~pay` as the payment entry does, and its object as the message does).
   */
  private offDomainMatch(
    query: string,
    language: Language,
    index: 'all' | 0 | 1,
  ): OffDomainMatch | undefined {
    this.offDomainIndices ??= (() => {
      const build = (messages: readonly string[]) => {
        const r = new Retriever(this.languages, { outOfScopeClass: false });
        for (const chunk of offDomainChunks(messages, this.languages)) r.add(chunk);
        return r;
      };
      const [a, b] = offDomainHalves(this.languages);
      return { all: build(offDomainList(this.languages)), 0: build(a), 1: build(b) };
    })();
    const [best] = this.offDomainIndices[index].search(query, { limit: 1, minScore: 0, language });
    return best && { score: best.score, topicCoverage: best.signals.topicCoverage ?? 0 };
  }

  search(query: string, options: RetrieverSearch): KnowledgeHit[] {
    const guess = options.language
      ? { language: options.language, evidence: 1 }
      : guessLanguage(query, this.languages);
    const language = guess.language;
    const kinds = options.kinds ? new Set(options.kinds) : undefined;
    const accept = kinds ? (slot: number) => kinds.has(this.chunks[slot]!.kind) : undefined;
    const pool = Math.max(options.limit * 5, 50);
    const lexical = new Map<number, number>();
    const known = (term: string) => this.lexical.has(term);
    const tokens = analyzeQuery(
      query,
      language,
      this.languages,
      (word, variants) => {
        for (const term of variants) if (this.lexical.has(term)) return undefined;
        return this.vocabularies.correction(
          word,
          language,
          (this.perLanguage.get(language) ?? 0) > 0,
        );
      },
      known,
    );
    // A question about a job or a meal, when the base has never seen one, holds no
    // topic any hit can hold (see `off-topic.ts`).
    const offTopic = namesOffTopic(tokens, this.namesSubject());
    const topical = topicalTokens(query, tokens, language, this.languages, known);
    // Function words count a little: "that's not correct" is not "correct".
    const minor = [...new Set(functionTerms(query, language, known))].map((t) => [t]);
    for (const hit of this.lexical.search(tokens, pool, accept, minor)) {
      lexical.set(hit.slot, hit.normalized);
    }
    if (this.questions.size > 0) {
      for (const [slot, similarity] of this.questions.search(contentWords(query, language))) {
        if (accept && !accept(slot)) continue;
        const words = lexical.get(slot) ?? 0;
        lexical.set(
          slot,
          (1 - questionWeight) * words + questionWeight * Math.max(words, similarity),
        );
      }
    }
    const probabilities = this.classifier.predict(query, language);
    // Blended into the lexical score (see `classifierWeight`); reported apart in `signals`.
    if (probabilities) {
      for (const slot of probabilities.keys())
        if (!lexical.has(slot) && (!accept || accept(slot))) lexical.set(slot, 0);
      for (const [slot, value] of lexical) {
        if (!this.classifier.has(slot)) continue;
        const p = probabilities.get(slot) ?? 0;
        lexical.set(slot, (1 - classifierWeight) * value + classifierWeight * p);
      }
    }
    // A customer writing in one language is best answered from passages in it, when the
    // base has any: a Spanish question to a Portuguese and English base keeps its scores.
    if (
      guess.evidence > 0 &&
      this.languages.length > 1 &&
      (this.perLanguage.get(language) ?? 0) > 0
    ) {
      for (const [slot, value] of lexical) {
        if (this.chunks[slot]!.language !== language) lexical.set(slot, value * otherLanguage);
      }
    }
    const lexicalRanking = [...lexical].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, pool);
    const vector = new Map<number, number>();
    if (options.vector && this.vectors.size > 0) {
      for (const hit of this.vectors.search(options.vector, pool, accept))
        vector.set(hit.slot, hit.score);
    }
    const fused =
      vector.size > 0
        ? fuse(lexicalRanking, [...vector])
        : this.singlePhrasing()
          ? preferIntent(
              lexicalRanking,
              tokens,
              (slot, only) => this.lexical.coverage(slot, tokens, only) ?? 0,
              (slot) => this.questionIntents[slot],
            )
          : lexicalRanking;
    // An entry kept in several languages is one entry: its translations' scores add up.
    const translated =
      this.singlePhrasing() && vector.size === 0 && this.perLanguage.size > 1
        ? this.translations.rank(fused, this.generation, this.chunks, translationWeight)
        : fused;
    const hits: KnowledgeHit[] = [];
    for (const [slot, raw] of translated) {
      if (hits.length >= options.limit) break;
      // Fused scores are already in 0..1 (1: first in both rankings).
      const score = vector.size > 0 ? clamp(raw) : round(raw);
      if (score < options.minScore || score <= 0) continue;
      const signals: KnowledgeHit['signals'] = { lexical: round(lexical.get(slot) ?? 0) };
      if (vector.has(slot)) signals.vector = clamp(vector.get(slot)!);
      if (tokens.length > 0) {
        signals.coverage = clamp(this.lexical.coverage(slot, tokens) ?? 0);
        const topic = this.lexical.coverage(slot, tokens, topical);
        if (topic !== undefined) signals.topicCoverage = offTopic ? 0 : clamp(topic);
      }
      if (probabilities && this.classifier.has(slot))
        signals.classifier = clamp(probabilities.get(slot) ?? 0);
      hits.push(toHit(this.chunks[slot]!, score, signals, language));
    }
    if (hits.length > 0 && this.outOfScopeClass()) {
      // Only on hits the message beats on topic: "donde queda la tienda" shares "donde
      // queda" with "donde queda el hospital", but the store is the base's own object.
      const off = this.offDomainMatch(query, language, 'all');
      for (const h of hits)
        if (off && off.topicCoverage > (h.signals.topicCoverage ?? 0))
          h.signals.offDomain = off.score;
    }
    return hits;
  }
}
