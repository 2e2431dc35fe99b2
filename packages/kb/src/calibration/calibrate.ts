import type { Language } from '../types.js';
import { offDomainMessages } from './off-domain-messages.js';
import { hashString, pseudoQueries } from './pseudo-queries.js';

/**
 * Abstention thresholds chosen for one knowledge base from the base itself (see
 * `calibrateAbstention`), for `faqAssistant` of @parley/assistant: a hit is worth
 * answering (or offering in a menu) when it scores `minScore` and holds
 * `minTopicCoverage` of the question's topic words.
 */
export interface AbstentionCalibration {
  minScore: number;
  minMargin: number;
  minTopicCoverage: number;
  /** The share of off-domain messages `minScore` was chosen to hand off. */
  outOfScopeTarget: number;
  /** What the thresholds do on the pseudo-queries they were chosen on. */
  figures: {
    /** Pseudo in-scope queries (perturbed entry questions) and the share answered right. */
    inScope: number;
    answeredRight: number;
    /** Built-in off-domain messages and the share given no answer. */
    outOfScope: number;
    rejected: number;
    /** Wall time of the calibration, ms. */
    ms: number;
  };
  seed: number;
}

/** One entry a pseudo in-scope query is made from. */
export interface CalibrationEntry {
  question: string;
  language: Language;
  /** Identifies the entry among hits (see `CalibrationHit.entry`). */
  entry: string;
}

export interface CalibrationHit {
  entry: string;
  score: number;
  topicCoverage?: number;
}

export interface CalibrationOptions {
  languages: readonly Language[];
  /** Share of off-domain messages to hand off (default 0.85, issue 20's target). */
  outOfScopeTarget?: number;
  /** Entries sampled at most (default 200), so large bases stay cheap. */
  maxEntries?: number;
  seed?: number;
}

/** The floor and margin the assistant used before calibration (ADR 0200, 0290). */
export const fixedAbstention = { minScore: 0.4, minMargin: 0.05, minTopicCoverage: 0.1 };

interface Probe {
  hits: CalibrationHit[];
  entry?: string;
}

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
};

/**
 * Chooses a base's score floor from pseudo-queries: each entry's question perturbed as
 * customers would type it (in scope, its entry is the right answer) and the built-in
 * off-domain messages in the base's languages (out of scope). The floor, on a 0.02 grid
 * from 0.3 to 0.6, that answers the most in-scope ones right while handing off at least
 * `outOfScopeTarget` of the off-domain ones: in practice the lowest floor that keeps
 * the off-domain messages out, since a base's scores for what it cannot answer differ
 * with its size and wording. Deterministic for a seed.
 */
export function calibrateAbstention(
  entries: readonly CalibrationEntry[],
  search: (query: string) => CalibrationHit[],
  options: CalibrationOptions,
): AbstentionCalibration {
  const started = performance.now();
  const seed = options.seed ?? 20;
  const target = options.outOfScopeTarget ?? 0.85;
  const sampled = sample(entries, options.maxEntries ?? 200, seed);
  const inScope: Probe[] = sampled.flatMap((e) =>
    pseudoQueries(e.question, e.language, seed).map((q) => ({ hits: search(q), entry: e.entry })),
  );
  const outOfScope: Probe[] = options.languages.flatMap((l) =>
    offDomainMessages[l]
      .split('\n')
      .filter(Boolean)
      .map((q) => ({ hits: search(q) })),
  );
  const { minTopicCoverage, minMargin } = fixedAbstention;
  let best: { minScore: number; right: number; rejected: number } | undefined;
  for (const minScore of range(0.3, 0.6, 0.02)) {
    const rule = { minScore, minTopicCoverage };
    const rejected = share(outOfScope, (p) => answered(p.hits, rule) === undefined);
    if (rejected < target) continue;
    const right = share(inScope, (p) => answered(p.hits, rule)?.entry === p.entry);
    // On a tie the lower floor: pseudo-queries are easier than real paraphrases.
    if (!best || right > best.right + 1e-9) best = { minScore, right, rejected };
  }
  // No floor on the grid keeps enough out: the strictest, reported as it does.
  const chosen = best ?? {
    minScore: 0.6,
    right: share(
      inScope,
      (p) => answered(p.hits, { minScore: 0.6, minTopicCoverage })?.entry === p.entry,
    ),
    rejected: share(
      outOfScope,
      (p) => answered(p.hits, { minScore: 0.6, minTopicCoverage }) === undefined,
    ),
  };
  return {
    minScore: chosen.minScore,
    minMargin,
    minTopicCoverage,
    outOfScopeTarget: target,
    figures: {
      inScope: inScope.length,
      answeredRight: round3(chosen.right),
      outOfScope: outOfScope.length,
      rejected: round3(chosen.rejected),
      ms: Math.round(performance.now() - started),
    },
    seed,
  };
}

/** The first hit the thresholds accept (the assistant's answer or the head of its menu). */
export function answered(
  hits: readonly CalibrationHit[],
  rule: { minScore: number; minTopicCoverage: number },
): CalibrationHit | undefined {
  return hits.find(
    (h) =>
      h.score >= rule.minScore &&
      (h.topicCoverage === undefined || h.topicCoverage >= rule.minTopicCoverage),
  );
}

function share<T>(list: readonly T[], test: (item: T) => boolean): number {
  if (list.length === 0) return 0;
  let n = 0;
  for (const item of list) if (test(item)) n++;
  return n / list.length;
}

/** At most `max` entries, a seeded choice independent of the order they were added in. */
function sample<T extends CalibrationEntry>(entries: readonly T[], max: number, seed: number): T[] {
  if (entries.length <= max) return [...entries];
  return [...entries]
    .map((e) => ({ e, key: (hashString(e.entry) ^ seed) >>> 0 }))
    .sort((a, b) => a.key - b.key)
    .slice(0, max)
    .map((x) => x.e);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
