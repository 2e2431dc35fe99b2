import { foldText } from '@parley/core';
import type { KnowledgeHit } from '../knowledge/source.js';
import { detectLanguage } from '../language/detect.js';
import { capText } from '../output/cap.js';

/**
 * Among hits at or above `minScore`, the one to answer with: the best, unless a hit
 * nearly as good (within `languageMargin`) is in the customer's language — a base
 * holding the same FAQ in Portuguese and English answers each customer in theirs.
 */
export function pickAnswer(
  hits: KnowledgeHit[],
  options: {
    minScore: number;
    minTopicCoverage?: number;
    language?: string;
    languageMargin: number;
  },
): KnowledgeHit | undefined {
  const eligible = hits.filter(
    (h) => h.score >= options.minScore && coversTopic(h, options.minTopicCoverage ?? 0),
  );
  const best = eligible[0];
  if (!best || !options.language) return best;
  const same = eligible.find(
    (h) => h.score >= best.score - options.languageMargin && hitLanguage(h) === options.language,
  );
  return same ?? best;
}

/**
 * Whether a hit holds enough of the query's topic words (`signals.topicCoverage`; a
 * source that does not report it passes): "do you sell laptops" matching "Do you sell
 * wholesale?" on "sell" alone is not an answer.
 */
export function coversTopic(hit: KnowledgeHit, minTopicCoverage: number): boolean {
  const coverage = hit.signals?.topicCoverage;
  return coverage === undefined || coverage >= minTopicCoverage;
}

export function hitLanguage(hit: KnowledgeHit): string | undefined {
  return hit.language ?? detectLanguage(hit.answer ?? hit.question ?? hit.text);
}

/**
 * The text to send for a hit: an FAQ's answer or example's reply as written; for a
 * document passage, its sentences that share most words with the question, in order,
 * within `maxChars`.
 */
export function answerText(hit: KnowledgeHit, query: string, maxChars: number): string {
  if (hit.answer) return capText(hit.answer, maxChars);
  const words = new Set(contentWords(query));
  const sentences = hit.text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((text, order) => ({
      text: text.trim(),
      order,
      overlap: contentWords(text).filter((w) => words.has(w)).length,
    }))
    .filter((s) => s.text.length > 0);
  const chosen: typeof sentences = [];
  let length = 0;
  for (const s of [...sentences].sort((a, b) => b.overlap - a.overlap || a.order - b.order)) {
    if (chosen.length > 0 && (s.overlap === 0 || length + s.text.length + 1 > maxChars)) continue;
    chosen.push(s);
    length += s.text.length + 1;
  }
  return capText(
    chosen
      .sort((a, b) => a.order - b.order)
      .map((s) => s.text)
      .join(' '),
    maxChars,
  );
}

/** Folded words of four letters or more, with a crude plural/suffix trim. */
function contentWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 || /\d/.test(w))
    .map((w) => (w.length > 5 ? w.replace(/(es|s)$/, '') : w));
}
