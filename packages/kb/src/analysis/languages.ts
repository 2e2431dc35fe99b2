import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stopwords as englishStop } from '@orama/stopwords/english';
import { stopwords as indonesianStop } from '@orama/stopwords/indonesian';
import { stopwords as portugueseStop } from '@orama/stopwords/portuguese';
import { stopwords as spanishStop } from '@orama/stopwords/spanish';
import type { Language } from '../types.js';
import { indonesianStems } from './indonesian-stemmer.js';
import { fold } from './normalize.js';

/**
 * A language's stemmer (Snowball from @orama/stemmers; our own for Indonesian) and its
 * folded stop words. `stem` gives the likeliest stem first, then other candidates.
 */
export interface LanguageRules {
  stem(word: string): string[];
  stopwords: ReadonlySet<string>;
}

const stemCacheLimit = 200_000;

/** Stemming is the analyser's hot path and vocabularies are small: memoise it. */
function cached(stem: (word: string) => string[]): (word: string) => string[] {
  const cache = new Map<string, string[]>();
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

const single =
  (stem: (word: string) => string) =>
  (word: string): string[] => [stem(word)];

function rules(
  stem: (word: string) => string[],
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
  en: rules(single(english), englishStop, [
    'can',
    'much',
    'many',
    'please',
    'hi',
    'hello',
    'get',
    'want',
    'need',
    'got',
    'gotten',
    'gets',
    'getting',
    // Asking openers and "now" (ADR 0480): "quick question", "i was wondering", "rn".
    'ask',
    'asking',
    'question',
    'wondering',
    'wonder',
    'now',
    'currently',
  ]),
  id: rules((w) => indonesianStems(fold(w)), indonesianStop, [
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
    'tanya',
    'nanya',
    'bertanya',
    'numpang',
    'biar',
    'terus',
    'trus',
    'nih',
    'deh',
    'mah',
    'loh',
    'lho',
    'tuh',
    'yah',
    'nya',
  ]),
  pt: rules(single(portuguese), portugueseStop, [
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
    'pergunta',
    'perguntar',
    'duvida',
    'agora',
    'atualmente',
  ]),
  es: rules(single(spanish), spanishStop, [
    'hola',
    'quiero',
    'puedo',
    'puede',
    'necesito',
    'ustedes',
    'gustaría',
    'pregunta',
    'preguntar',
    'duda',
    'actualmente',
  ]),
};
