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
  /**
   * The out-of-scope class (ADR 0380), when the base has one: hand off when the best
   * built-in off-domain message matches the query at least `offDomainMargin` better
   * than the best FAQ hit does, unless that hit scores `offDomainCeiling` or more.
   */
  offDomainMargin?: number;
  offDomainCeiling?: number;
  /** What the thresholds do on the pseudo-queries they were chosen on. */
  figures: {
    /** Pseudo in-scope queries (perturbed entry questions) and the share answered right. */
    inScope: number;
    answeredRight: number;
    /**
     * Built-in off-domain messages the floor was chosen on (those not off topic for the
     * base) and the share given no answer.
     */
    outOfScope: number;
    rejected: number;
    /** Built-in off-domain messages left out for naming a subject the base never names. */
    offTopic: number;
    /**
     * The out-of-scope class, each half of the built-in set measured against an index
     * of the other half (never against itself): the share of the half handed off by
     * floor and class together, and the share of pseudo in-scope queries the class
     * takes from an answer.
     */
    offDomain?: {
      leftOut: [number, number];
      /** The same halves handed off by the floor alone, for comparison. */
      floorOnly: [number, number];
      inScopeCaptured: number;
    };
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
  /**
   * The out-of-scope class's best match for a query (undefined for none): `all`
   * against every built-in message (what searches use), `0`/`1` against one seeded
   * half of them (see `offDomainHalves`), for the leave-out figures.
   */
  offDomain?: (query: string, index: 'all' | 0 | 1) => OffDomainMatch | undefined;
  /** Share of pseudo in-scope queries the class may take from an answer (default 0.02). */
  maxInScopeCapture?: number;
  /**
   * Whether the base hands a message off whatever its score, for naming a subject it
   * never names (`off-topic.ts`): such messages say nothing about the floor and are left
   * out of its choice (ADR 0410).
   */
  offTopic?: (query: string) => boolean;
}

/** The floor and margin the assistant used before calibration (ADR 0200, 0290). */
export const fixedAbstention = { minScore: 0.4, minMargin: 0.02, minTopicCoverage: 0.1 };

interface Probe {
  hits: CalibrationHit[];
  entry?: string;
  query?: string;
  /** The out-of-scope class's best match (see `CalibrationOptions.offDomain`). */
  offDomain?: OffDomainMatch | undefined;
}

/** The built-in off-domain messages of some languages, one a message. */
export function offDomainList(languages: readonly Language[]): string[] {
  return languages.flatMap((l) => offDomainMessages[l].split('\n').filter(Boolean));
}

/**
 * The built-in off-domain messages split in two halves by a seeded hash of each
 * message (the same message always falls in the same half), so the out-of-scope
 * class can be measured on messages it was not built from.
 */
export function offDomainHalves(languages: readonly Language[], seed = 20): [string[], string[]] {
  const halves: [string[], string[]] = [[], []];
  for (const m of offDomainList(languages)) halves[(hashString(m) ^ seed) & 1]!.push(m);
  return halves;
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
    pseudoQueries(e.question, e.language, seed).map((q) => ({
      hits: search(q),
      entry: e.entry,
      query: q,
    })),
  );
  // The floor is for what the floor alone must keep out: messages the base hands off
  // for their subject (a loan, small talk) would make it laxer the more subjects are
  // known to be off topic.
  const messages = offDomainList(options.languages);
  const topical = messages.filter((q) => !options.offTopic?.(q));
  const outOfScope: Probe[] = topical.map((q) => ({ hits: search(q) }));
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
  const rule = { minScore: chosen.minScore, minTopicCoverage };
  const offDomain = options.offDomain
    ? offDomainClass(inScope, options.offDomain, search, rule, options, seed)
    : undefined;
  return {
    minScore: chosen.minScore,
    minMargin,
    minTopicCoverage,
    outOfScopeTarget: target,
    ...(offDomain && {
      offDomainMargin: offDomain.margin,
      offDomainCeiling: offDomain.ceiling,
    }),
    figures: {
      inScope: inScope.length,
      answeredRight: round3(chosen.right),
      outOfScope: outOfScope.length,
      rejected: round3(chosen.rejected),
      offTopic: messages.length - topical.length,
      ...(offDomain && {
        offDomain: {
          leftOut: offDomain.leftOut,
          floorOnly: offDomain.floorOnly,
          inScopeCaptured: offDomain.captured,
        },
      }),
      ms: Math.round(performance.now() - started),
    },
    seed,
  };
}

/** The out-of-scope class's best match for a query: its score and topic coverage. */
export interface OffDomainMatch {
  score: number;
  topicCoverage: number;
}

/**
 * Whether the out-of-scope class takes a query from its answer `best`: the off-domain
 * message holds more of the query's topic words than `best` does (the object the
 * customer names is one of its, not of the base's) and scores at least `margin` more,
 * and `best` is under the ceiling.
 */
export function capturedByOffDomain(
  best: CalibrationHit | undefined,
  offDomain: OffDomainMatch | undefined,
  rule: { margin: number; ceiling: number },
): boolean {
  return (
    best !== undefined &&
    offDomain !== undefined &&
    best.score < rule.ceiling &&
    offDomain.topicCoverage > (best.topicCoverage ?? 0) &&
    offDomain.score >= best.score + rule.margin
  );
}

/**
 * The out-of-scope class's margin and ceiling. The ceiling: a hit scoring above every
 * built-in off-domain message's best FAQ hit is one no out-of-scope message has
 * reached, so the class never takes it. The margin: the lowest on a 0.02 grid from
 * 0 to 0.5 that takes at most `maxInScopeCapture` of the pseudo in-scope queries from
 * an answer (the lowest hands off the most). Not under 0: the message must match at
 * least as well as the entry; pseudo-queries hold their entry's topic words, so they
 * are never taken and cannot say how far under 0 real questions would be (on the shop's
 * dev split, margins under 0 took in-scope questions, ADR 0380). Both are read on the in-scope side
 * and the base's own scores, never on the messages the class is built from; the
 * leave-out figures score each half of the built-in set against the other half's index.
 */
function offDomainClass(
  inScope: Probe[],
  offDomainOf: NonNullable<CalibrationOptions['offDomain']>,
  search: (query: string) => CalibrationHit[],
  floor: { minScore: number; minTopicCoverage: number },
  options: CalibrationOptions,
  seed: number,
) {
  const cap = options.maxInScopeCapture ?? 0.02;
  // Each message's answer from the base, searched once for the ceilings and halves.
  const answers = new Map<string, CalibrationHit | undefined>();
  const bestOf = (q: string) => {
    if (!answers.has(q)) answers.set(q, answered(search(q), floor));
    return answers.get(q);
  };
  // The highest score a set of off-domain messages reaches on the base, on the grid.
  const ceilingOf = (messages: readonly string[]) => {
    let highest = 0;
    for (const q of messages) highest = Math.max(highest, bestOf(q)?.score ?? 0);
    return Math.min(1, Math.ceil((highest + 1e-9) * 50) / 50);
  };
  const ceiling = ceilingOf(offDomainList(options.languages));
  for (const p of inScope) p.offDomain = offDomainOf(p.query ?? '', 'all');
  const inScopeAnswers = inScope.map((p) => answered(p.hits, floor));
  let margin = 0.5;
  let captured = 0;
  for (const m of range(0, 0.5, 0.02)) {
    const rule = { margin: m, ceiling };
    const c = share(inScope, (p, i) => capturedByOffDomain(inScopeAnswers[i], p.offDomain, rule));
    if (c <= cap + 1e-9) {
      margin = m;
      captured = c;
      break;
    }
  }
  const halves = offDomainHalves(options.languages, seed);
  // Each half with the other half's index and ceiling, so no figure reads a message
  // against anything computed from it.
  const leftOut = halves.map((half, h) => {
    const other = (1 - h) as 0 | 1;
    const rule = { margin, ceiling: ceilingOf(halves[other]) };
    return round3(
      share(half, (q) => {
        const best = bestOf(q);
        return best === undefined || capturedByOffDomain(best, offDomainOf(q, other), rule);
      }),
    );
  }) as [number, number];
  const floorOnly = halves.map((half) => round3(share(half, (q) => bestOf(q) === undefined))) as [
    number,
    number,
  ];
  return { margin, ceiling, leftOut, floorOnly, captured: round3(captured) };
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

function share<T>(list: readonly T[], test: (item: T, index: number) => boolean): number {
  if (list.length === 0) return 0;
  let n = 0;
  for (const [i, item] of list.entries()) if (test(item, i)) n++;
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
