import { fixedAbstention } from '../calibration/calibrate.js';
import type { Citation, KnowledgeHit, KnowledgeSource, Language } from '../types.js';

/** What a right answer cites; every field given must match. */
export interface ExpectedSource extends Partial<Omit<Citation, 'headingPath'>> {
  /** The FAQ or example question the hit must carry. */
  question?: string;
  /** Text the hit must contain (case-insensitive). */
  textIncludes?: string;
  /** The hit's heading path must start with these headings. */
  headingPath?: string[];
}

/** One question of a test set and where its answer lives. */
export interface RetrievalCase {
  question: string;
  expected: ExpectedSource;
  language?: Language;
}

export interface RetrievalCaseResult {
  question: string;
  /** 1-based rank of the first matching hit; undefined when none of the hits matched. */
  rank?: number;
  top?: KnowledgeHit;
}

/** hit@1, hit@5 and MRR (over the first `k` hits) of a test set (AI5). */
export interface RetrievalReport {
  total: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  /** Cases whose answer was not ranked first: the ones to look at. */
  misses: RetrievalCaseResult[];
  cases: RetrievalCaseResult[];
  /**
   * Abstention thresholds for this base, from the scores of the cases answered right at
   * rank 1: `minScore` lets `falseAbstention` of them (default 5%) fall below it;
   * `minMargin` is the default lead over the runner-up (`fixedAbstention`, 0.02). Spread
   * into `faqAssistant({ knowledge, ...report.calibration })`. Undefined under 20 right
   * cases.
   */
  calibration?: Calibration;
}

export interface Calibration {
  minScore: number;
  minMargin: number;
}

/** True when a hit matches what a case expects. */
export function matchesExpected(hit: KnowledgeHit, expected: ExpectedSource): boolean {
  const { question, textIncludes, headingPath, ...place } = expected;
  for (const [key, value] of Object.entries(place)) {
    if (value !== undefined && hit.citation[key as keyof Citation] !== value) return false;
  }
  if (question !== undefined && hit.question !== question) return false;
  if (textIncludes !== undefined && !hit.text.toLowerCase().includes(textIncludes.toLowerCase()))
    return false;
  if (headingPath && !headingPath.every((h, i) => hit.citation.headingPath?.[i] === h))
    return false;
  return true;
}

/**
 * Runs every case against a knowledge source and scores the ranking: hit@1 and hit@5
 * are the shares of cases answered at rank 1 and within the first five; MRR is the
 * mean of 1/rank (0 when not in the first `k`, default 10).
 */
export async function evaluateRetrieval(
  source: KnowledgeSource,
  cases: RetrievalCase[],
  options: { k?: number; falseAbstention?: number } = {},
): Promise<RetrievalReport> {
  const k = Math.max(5, options.k ?? 10);
  const results: RetrievalCaseResult[] = [];
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  for (const c of cases) {
    const hits = await source.search(c.question, {
      limit: k,
      ...(c.language ? { language: c.language } : {}),
    });
    const index = hits.findIndex((h) => matchesExpected(h, c.expected));
    const result: RetrievalCaseResult = { question: c.question };
    if (hits[0]) result.top = hits[0];
    if (index >= 0) {
      result.rank = index + 1;
      reciprocal += 1 / (index + 1);
      if (index === 0) at1++;
      if (index < 5) at5++;
    }
    results.push(result);
  }
  const total = cases.length;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const report: RetrievalReport = {
    total,
    hitAt1: share(at1),
    hitAt5: share(at5),
    mrr: share(reciprocal),
    misses: results.filter((r) => r.rank !== 1),
    cases: results,
  };
  const calibration = calibrate(results, options.falseAbstention ?? 0.05);
  if (calibration) report.calibration = calibration;
  return report;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function calibrate(
  results: RetrievalCaseResult[],
  falseAbstention: number,
): Calibration | undefined {
  const right = results
    .filter((r) => r.rank === 1 && r.top)
    .map((r) => r.top!.score)
    .sort((a, b) => a - b);
  if (right.length < 20) return undefined;
  return {
    minScore: round2(right[Math.floor(right.length * falseAbstention)]!),
    minMargin: fixedAbstention.minMargin,
  };
}
