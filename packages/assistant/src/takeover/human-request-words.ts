import type { LanguageCode } from '../language/detect.js';
import { en } from './human-request/words/en.js';
import { es } from './human-request/words/es.js';
import { id } from './human-request/words/id.js';
import { pt } from './human-request/words/pt.js';
import type { RequestWords } from './human-request/words/request-words.js';

export type { RequestWords } from './human-request/words/request-words.js';

/** The vocabulary of asking for a person, per language (one file each under `words/`). */
export const requestWords: Record<LanguageCode, RequestWords> = { en, id, pt, es };

/**
 * Portuguese read with the Spanish roles, verbs, links and wants added, and Spanish with
 * the Portuguese ones: Brazilians write Spanish and Spanish speakers Portuguese with the
 * other's words ("quiero falar con una persona", "preciso hablar com um atendente").
 * The other's senses come with its roles. Negations, the past and the other lists stay each language's own ("no" is "in the" in
 * Portuguese).
 */
function withNeighbour(own: RequestWords, other: RequestWords): RequestWords {
  const both = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...own,
    roles: both(own.roles, other.roles),
    verbs: both(own.verbs, other.verbs),
    links: both(own.links, other.links),
    wants: both(own.wants, other.wants),
    // A role borrowed keeps its other senses: "pessoa que vai receber" is the recipient.
    senses: both(own.senses, other.senses),
    realWords: both(own.realWords, other.realWords),
  };
}

/**
 * A second reading for messages no language's own words match: Portuguese and Spanish
 * each with the other's roles, verbs, links and wants.
 */
export const neighbourWords: Partial<Record<LanguageCode, RequestWords>> = {
  pt: withNeighbour(requestWords.pt, requestWords.es),
  es: withNeighbour(requestWords.es, requestWords.pt),
};
