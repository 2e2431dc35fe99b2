import type { KnowledgeHit } from '../knowledge/source.js';
import { coversTopic, hitLanguage, pickAnswer } from './best-answer.js';

/**
 * When the offline assistant answers, offers a "did you mean" menu, or has no answer.
 * `minScore`: below it nothing is an answer. Above it, the best hit is answered when it
 * leads the next different entry of its language by `minMargin` (or that entry is below
 * `minScore`); otherwise the customer picks among the two or three close ones.
 */
export interface Abstention {
  minScore: number;
  minMargin: number;
  /** Least `signals.topicCoverage` of a hit worth answering with (see `coversTopic`). */
  minTopicCoverage?: number;
  /**
   * The out-of-scope class (ADR 0380, from `kb.calibration()`): no answer when the query
   * matches a built-in off-domain message (`signals.offDomain`) at least `offDomainMargin`
   * better than the chosen hit, unless that hit scores `offDomainCeiling` or more.
   */
  offDomainMargin?: number;
  offDomainCeiling?: number;
}

export type FaqDecision =
  | { type: 'answer'; hit: KnowledgeHit; margin: number }
  | { type: 'menu'; hits: KnowledgeHit[] }
  | { type: 'none' };

/** The same entry when it has the same answer (or text): copies are not rivals. */
const entryKey = (h: KnowledgeHit) => h.answer ?? h.text;

/** Hits that are different entries, best first, at most `limit`. */
export function distinctEntries(hits: KnowledgeHit[], limit: number): KnowledgeHit[] {
  const seen = new Set<string>();
  const out: KnowledgeHit[] = [];
  for (const h of hits) {
    const key = entryKey(h);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The margin of `best`: its score minus that of the next different entry in the same
 * language (an FAQ kept in Portuguese and English is one entry twice, not two rivals).
 */
export function marginOf(best: KnowledgeHit, hits: KnowledgeHit[]): number {
  const language = hitLanguage(best);
  const rival = hits.find(
    (h) => h !== best && entryKey(h) !== entryKey(best) && hitLanguage(h) === language,
  );
  return best.score - (rival?.score ?? 0);
}

export function decideAnswer(
  hits: KnowledgeHit[],
  options: { abstention: Abstention; language?: string; languageMargin: number; menu: boolean },
): FaqDecision {
  const { abstention } = options;
  const best = pickAnswer(hits, {
    minScore: abstention.minScore,
    ...(abstention.minTopicCoverage !== undefined && {
      minTopicCoverage: abstention.minTopicCoverage,
    }),
    languageMargin: options.languageMargin,
    ...(options.language !== undefined && { language: options.language }),
  });
  if (!best || offDomainWins(best, abstention)) return { type: 'none' };
  const margin = marginOf(best, hits);
  if (margin >= abstention.minMargin || best.score - margin < abstention.minScore)
    return { type: 'answer', hit: best, margin };
  const language = hitLanguage(best);
  const choices = distinctEntries(
    [
      best,
      ...hits.filter(
        (h) =>
          h.score >= abstention.minScore &&
          coversTopic(h, abstention.minTopicCoverage ?? 0) &&
          hitLanguage(h) === language,
      ),
    ],
    3,
  ).filter((h) => h.question !== undefined);
  if (!options.menu || choices.length < 2) return { type: 'answer', hit: best, margin };
  return { type: 'menu', hits: choices };
}

/** Whether the query is more like the off-domain messages than like `best` (ADR 0380). */
function offDomainWins(best: KnowledgeHit, abstention: Abstention): boolean {
  const offDomain = best.signals?.offDomain;
  const { offDomainMargin: margin, offDomainCeiling: ceiling } = abstention;
  if (offDomain === undefined || margin === undefined || ceiling === undefined) return false;
  return best.score < ceiling && offDomain >= best.score + margin;
}
