import { type KnownTerm, type QueryToken, tokenRoles } from '../analysis/analyzer.js';
import type { Language } from '../types.js';

/**
 * Which of a query's tokens are its topic words, for `signals.topicCoverage`: a word
 * after "to"/"ke"/"pra" is a place (a detail) only when the base has never seen it, and a
 * phrase's notion is the topic. A question asks about something: when its only words past
 * the light ones are unknown words after "para"/"to", they are its topic, not a place
 * ("tienen productos para perros?"), and a base that has never seen them does not hold it.
 */
export function topicalTokens(
  query: string,
  tokens: readonly QueryToken[],
  language: Language,
  languages: readonly Language[],
  known: KnownTerm,
): boolean[] {
  const roles = tokenRoles(query, language, languages, known);
  const topical = roles.map(
    (role, i) =>
      role === 'topic' ||
      role === 'phrase' ||
      (role === 'place' && (tokens[i] ?? []).some((term) => known(term))),
  );
  if (!topical.includes(true)) {
    for (const [i, role] of roles.entries()) topical[i] = role === 'place';
  }
  return topical;
}
