import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stopwords as englishStop } from '@orama/stopwords/english';
import { stopwords as indonesianStop } from '@orama/stopwords/indonesian';
import { stopwords as portugueseStop } from '@orama/stopwords/portuguese';
import { stopwords as spanishStop } from '@orama/stopwords/spanish';
import type { Language } from '../types.js';
import { fold } from './normalize.js';

/** A language's stemmer (Snowball, from @orama/stemmers) and its folded stop words. */
export interface LanguageRules {
  stem(word: string): string;
  stopwords: ReadonlySet<string>;
}

const stemCacheLimit = 200_000;

/** Stemming is the analyser's hot path and vocabularies are small: memoise it. */
function cached(stem: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      if (cache.size >= stemCacheLimit) cache.clear();
      stemmed = stem(word);
      cache.set(word, stemmed);
    }
    return stemmed;
  };
}

function rules(
  stem: (word: string) => string,
  stopwords: string[],
  extra: string[] = [],
): LanguageRules {
  return { stem: cached(stem), stopwords: new Set([...stopwords, ...extra].map(fold)) };
}

/**
 * Question words customers use that the stop lists miss. They carry no topic, so they
 * would otherwise pull every FAQ that shares them to the top.
 */
export const languageRules: Record<Language, LanguageRules> = {
  en: rules(english, englishStop, [
    'can',
    'much',
    'many',
    'please',
    'hi',
    'hello',
    'get',
    'want',
    'need',
  ]),
  id: rules(indonesian, indonesianStop, [
    'kak',
    'min',
    'gan',
    'sih',
    'dong',
    'ya',
    'nggak',
    'gak',
    'ga',
    'bisa',
    'mau',
    'halo',
  ]),
  pt: rules(portuguese, portugueseStop, [
    'olá',
    'ola',
    'oi',
    'quero',
    'posso',
    'pode',
    'preciso',
    'vocês',
    'voces',
    'gostaria',
  ]),
  es: rules(spanish, spanishStop, [
    'hola',
    'quiero',
    'puedo',
    'puede',
    'necesito',
    'ustedes',
    'gustaría',
  ]),
};
