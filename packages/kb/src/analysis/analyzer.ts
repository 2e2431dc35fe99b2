import type { Language } from '../types.js';
import { expandChatWord, isChatWord } from './chat-words.js';
import { englishSpelling, portugueseSpelling } from './cognates.js';
import { conceptOf } from './concepts.js';
import { asDuration, countsHours } from './hour-counts.js';
import { languageRules } from './languages.js';
import { fold, words } from './normalize.js';
import { isOffTopic } from './off-topic.js';
import { phraseReplaces } from './phrase-patterns.js';
import { phraseConcepts, phraseMatches } from './phrases.js';
import { nameNotion } from './proper-names.js';
import { isLight, type TokenRole, wordRole } from './topic-words.js';

/** A query word and every term it may match (its stems in the candidate languages). */
export type QueryToken = string[];

function keep(word: string): boolean {
  return word.length > 1 || /\p{N}/u.test(word);
}

/**
 * The stems of a word. Snowball stemmers expect accents ("devolução" → "devolu") while
 * customers often type without them ("devolucao" → "devoluca"); indexing the stem of
 * the folded word too lets both spellings meet.
 */
function stems(word: string, language: Language): string[] {
  const { stem } = languageRules[language];
  const out = new Set(stem(word).map(fold));
  const folded = fold(word);
  if (folded !== word) for (const s of stem(folded)) out.add(s);
  return [...out];
}

const noTerms: string[] = [];
const termCacheLimit = 200_000;
const termCache = new Map<string, string[]>();

/**
 * The index terms of one word in one language (none for a stop word): its stems and the
 * shop notion it names (`~ship`), memoised.
 */
function termsOf(word: string, language: Language): string[] {
  const key = `${language}:${word}`;
  let terms = termCache.get(key);
  if (terms === undefined) {
    const folded = fold(word);
    const concept =
      conceptOf(folded, language) ?? (language === 'id' ? indonesianConcept(folded) : undefined);
    // A stop word may still name a notion: "how much", "quanto custa" ask for a price.
    if (!keep(word) || languageRules[language].stopwords.has(folded))
      terms = concept ? [concept] : noTerms;
    else terms = concept ? [...stems(word, language), concept] : stems(word, language);
    if (termCache.size >= termCacheLimit) termCache.clear();
    termCache.set(key, terms);
  }
  return terms;
}

/**
 * The notion of an Indonesian word the tables list only bare: without its possessive or
 * particle ending ("harganya"), or its passive "di-" ("diretur" → "retur", "dicancel" →
 * "cancel"), the rest four letters or more.
 */
function indonesianConcept(folded: string): string | undefined {
  const bare = unsuffixed(folded);
  const found = conceptOf(bare, 'id');
  if (found || !bare.startsWith('di') || bare.length < 6) return found;
  return conceptOf(bare.slice(2), 'id');
}

/**
 * An Indonesian word without its possessive or particle ending ("harganya" → "harga",
 * "tasku" → "tas", "ongkirnya" → "ongkir"): the notion and chat tables list bare words,
 * and customers attach "-nya" to nearly every noun they ask about. The word itself when
 * the rest would be shorter than three letters ("kamu", "dulu").
 */
function unsuffixed(folded: string): string {
  const m = /^(.{3,}?)(nya|ku|mu|lah|kah)$/.exec(folded);
  return m ? m[1]! : folded;
}

/** The words of a text with chat shorthand spelled out ("brp" → "berapa"). */
export function expandedWords(text: string, language: Language): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const f = fold(word);
    const long =
      expandChatWord(f, language) ??
      (language === 'id' && unsuffixed(f) !== f
        ? expandChatWord(unsuffixed(f), language)
        : undefined);
    if (long) out.push(...long);
    else out.push(word);
  }
  return out;
}

/** Index terms of a passage in its language: stop words out, stems in (repeated for tf). */
export function analyzeText(text: string, language: Language): string[] {
  const out: string[] = [];
  const all = expandedWords(text, language);
  const folded = all.map(fold);
  all.forEach((word, i) => {
    const terms = termsOf(word, language);
    const counted = i > 0 && countsHours(folded[i - 1], folded[i]!);
    for (const term of counted ? asDuration(terms) : terms) out.push(term);
  });
  // Notions a phrase names ("bayar di tempat" → `~cash`), once, unless a word named them.
  const phrases = phraseConcepts(folded);
  if (phrases.length > 0) {
    const named = new Set(out);
    for (const concept of phrases) if (!named.has(concept)) out.push(concept);
  }
  return out;
}

/** A query word that becomes a token, with its place among the query's folded words. */
interface QueryWord {
  word: string;
  folded: string;
  position: number;
  /** A stop word that still names a notion ("much" → `~price`). */
  stopConcept?: string;
}

/** Whether the base indexes a term; unknown: every term counts as known. */
export type KnownTerm = (term: string) => boolean;

/**
 * The notions a query's phrases name that no word of it names and the base knows, and
 * the positions of the phrases' words that name nothing themselves (absorbed).
 */
function queryPhrases(
  folded: readonly string[],
  known?: KnownTerm,
): { phrases: string[]; absorbed: ReadonlySet<number> } {
  const named = new Set<string | undefined>();
  for (const f of folded) named.add(conceptOf(f));
  const phrases: string[] = [];
  const absorbed = new Set<number>();
  for (const match of phraseMatches(folded)) {
    // An off-topic notion counts even when the base has never seen it: that is what
    // says no entry answers ("how old are you" is not about "my old phone"). Its words
    // stay tokens, so a base that does hold small talk still tells "how old are you"
    // from "what is your name".
    const offTopic = isOffTopic([match.concept]) !== undefined;
    // Its words lose the notions the phrase replaces ("your address" is the store's),
    // whether or not a word names the phrase's own notion ("alamat toko").
    const replaces = phraseReplaces[match.concept.slice(1)];
    if (replaces && (!known || known(match.concept)))
      for (const p of match.positions) {
        const notion = conceptOf(folded[p]!);
        if (notion && replaces.includes(notion.slice(1))) absorbed.add(p);
      }
    if (named.has(match.concept) || (known && !known(match.concept) && !offTopic)) continue;
    if (!phrases.includes(match.concept)) phrases.push(match.concept);
    if (offTopic) continue;
    for (const p of match.positions) if (!conceptOf(folded[p]!)) absorbed.add(p);
  }
  // A country or a bank asks where the shop sends or how one pays (`proper-names.ts`);
  // the name stays a word of its own too. A country says "abroad" only in a question
  // about sending ("mandan a argentina?"), not in "weather in japan".
  const sending = named.has('~ship') || phrases.includes('~ship');
  for (const f of folded) {
    const notion = nameNotion(f);
    if (!notion || named.has(notion) || phrases.includes(notion)) continue;
    if (notion === '~abroad' && !sending) continue;
    if (known && !known(notion)) continue;
    phrases.push(notion);
  }
  return { phrases, absorbed };
}

/**
 * The words of a query that become tokens, in order: each once, stop words only when
 * they name a notion; then the notions its phrases name, when no word names them and
 * the base knows them. A phrase's own words that name nothing ("run" in "run small",
 * "paket sampai mana") are its notion's: they leave the list, so "do they run small"
 * is not about "running shoes". `analyzeQuery` and `tokenRoles` read the same walk, so
 * their arrays line up.
 */
function queryWords(
  text: string,
  language: Language,
  known?: KnownTerm,
): { list: QueryWord[]; folded: string[]; phrases: string[] } {
  const { stopwords } = languageRules[language];
  const all = expandedWords(text, language);
  const folded = all.map(fold);
  const { phrases, absorbed } = queryPhrases(folded, known);
  const list: QueryWord[] = [];
  const seen = new Set<string>();
  all.forEach((word, position) => {
    const f = folded[position]!;
    if (!keep(word) || seen.has(f) || absorbed.has(position)) return;
    seen.add(f);
    if (!stopwords.has(f)) list.push({ word, folded: f, position });
    else {
      const concept = conceptOf(f, language);
      if (concept) list.push({ word, folded: f, position, stopConcept: concept });
    }
  });
  return { list, folded, phrases };
}

/**
 * The terms of a Spanish word's Portuguese and English spellings (`cognates.ts`), in
 * those languages when the base has them: a Spanish question reaches pt/en entries on
 * the words it shares with them under another spelling, notions included ("llega" →
 * "chega" → `~arrive`).
 */
function cognateTerms(word: string, others: readonly Language[]): string[] {
  const out: string[] = [];
  const pt = others.includes('pt') ? portugueseSpelling(word) : undefined;
  if (pt) out.push(...termsOf(pt, 'pt'));
  const en = others.includes('en') ? englishSpelling(word) : undefined;
  if (en) out.push(...termsOf(en, 'en'));
  return out;
}

/**
 * Query tokens: the query's stop words out; each remaining word matches its stems in
 * the query's language first and in the other languages of the base, so a Portuguese
 * question still meets an English product name. The notions its phrases name come
 * last, one token each ("where is my order" → `order`, `~track`).
 */
export function analyzeQuery(
  text: string,
  language: Language,
  others: readonly Language[],
  correct?: (folded: string, variants: ReadonlySet<string>) => string | undefined,
  known?: KnownTerm,
): QueryToken[] {
  const tokens: QueryToken[] = [];
  const { list, phrases, folded: all } = queryWords(text, language, known);
  for (const { word, folded, stopConcept, position } of list) {
    const counted = position > 0 && countsHours(all[position - 1], folded);
    if (stopConcept) {
      tokens.push([counted && stopConcept === '~hours' ? '~duration' : stopConcept]);
      continue;
    }
    const own = termsOf(word, language);
    const variants = new Set(counted ? asDuration(own) : own);
    for (const other of others)
      if (other !== language) for (const s of stems(word, other)) variants.add(s);
    if (language === 'es') for (const t of cognateTerms(word, others)) variants.add(t);
    // A word the base has never seen may be a typo of one it has ("pagamneto").
    const fixed = correct?.(folded, variants);
    if (fixed) {
      for (const t of termsOf(fixed, language)) variants.add(t);
      for (const other of others)
        if (other !== language) for (const s of stems(fixed, other)) variants.add(s);
    }
    tokens.push([...variants]);
  }
  for (const concept of phrases) tokens.push([concept]);
  return tokens;
}

/**
 * Per token of `analyzeQuery(text, language, …)`, its role in the topic (`wordRole`);
 * a phrase's notion is `phrase`: what the customer asks about, when the base knows it.
 */
export function tokenRoles(
  text: string,
  language: Language,
  languages: readonly Language[],
  known?: KnownTerm,
): TokenRole[] {
  const { list, folded, phrases } = queryWords(text, language, known);
  const roles = list.map((w) =>
    w.stopConcept ? 'light' : wordRole(folded, w.position, languages),
  );
  for (const _ of phrases) roles.push('phrase');
  return roles;
}

/**
 * Function-word terms (`=not`, `=how`) of a question: the stop words content analysis
 * drops. Short questions differ by them ("that's not correct", "how are you"); they are
 * indexed for FAQ questions and matched as minor query tokens that can rank but never
 * lower a score (see `LexicalIndex.search`).
 */
export function functionTerms(text: string, language: Language, known?: KnownTerm): string[] {
  const { stopwords } = languageRules[language];
  const folded = expandedWords(text, language).map(fold);
  // In a query, a phrase's words are its notion's ("when will it get here" is not "when
  // will I get my refund"); passages keep theirs.
  const absorbed = known ? queryPhrases(folded, known).absorbed : undefined;
  const out: string[] = [];
  folded.forEach((word, position) => {
    if (stopwords.has(word) && !absorbed?.has(position)) out.push(`=${word}`);
  });
  return out;
}

/** The content words of a text, folded, for character-level similarity. */
export function contentWords(text: string, language: Language): string[] {
  const { stopwords } = languageRules[language];
  return expandedWords(text, language)
    .map(fold)
    .filter((w) => keep(w) && !stopwords.has(w) && !isLight(w, [language]));
}

/**
 * The language among `candidates` whose stop words the text uses most; `fallback`
 * (default: the first candidate) when it uses none. Good enough for a customer's sentence.
 */
export function detectLanguage(
  text: string,
  candidates: readonly Language[],
  fallback: Language = candidates[0] ?? 'en',
): Language {
  return guessLanguage(text, candidates, fallback).language;
}

/** Like `detectLanguage`, with the number of stop words that decided it (0: a guess). */
export function guessLanguage(
  text: string,
  candidates: readonly Language[],
  fallback: Language = candidates[0] ?? 'en',
): { language: Language; evidence: number } {
  const folded = words(text).map(fold);
  let best = fallback;
  let bestHits = 0;
  for (const language of candidates) {
    const { stopwords } = languageRules[language];
    let hits = 0;
    for (const w of folded) if (stopwords.has(w) || chatEvidence(w, language, candidates)) hits++;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return { language: best, evidence: bestHits };
}

/** Chat shorthand of one language that is not a common word of another ("brp", "qnto"). */
function chatEvidence(word: string, language: Language, candidates: readonly Language[]): boolean {
  if (!isChatWord(word, language)) return false;
  return candidates.every(
    (other) => other === language || !languageRules[other].stopwords.has(word),
  );
}
