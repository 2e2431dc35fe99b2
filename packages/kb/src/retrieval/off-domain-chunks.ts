import { guessLanguage } from '../analysis/analyzer.js';
import type { Language } from '../types.js';
import type { IndexedChunk } from './indexed-chunk.js';

/**
 * The built-in off-domain messages as FAQ entries of their own (question only, no
 * answer), for the out-of-scope class's index (ADR 0380): each in the language it reads
 * as, among the base's.
 */
export function offDomainChunks(
  messages: readonly string[],
  languages: readonly Language[],
): IndexedChunk[] {
  return messages.map((m, i) => ({
    id: `off-domain-${i}`,
    kind: 'faq',
    text: m,
    question: m,
    answer: '',
    language: guessLanguage(m, languages).language,
    citation: { documentId: 'off-domain', file: 'off-domain' },
  }));
}
