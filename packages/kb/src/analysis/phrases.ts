import { conceptOf, joinedTradeNotion } from './concepts.js';
import { paraphrasePatterns, paraphraseUnless } from './paraphrase-patterns.js';
import { phrasePatterns, slotLists } from './phrase-patterns.js';

/**
 * Phrase-level notions: multi-word patterns ("where is my order", "bayar di tempat",
 * "do they run small") that name a shop notion no single word of them names. Matched on
 * a text's folded words (chat shorthand already spelled out) in documents and queries
 * alike, so a paraphrase and the entry it asks about meet on the notion's term.
 */
interface Slot {
  /** May be skipped. */
  optional: boolean;
  /** Matches any one word (always optional). */
  any: boolean;
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  /** Notions (`~damaged`) any word naming one of them matches (see `concepts.ts`). */
  notions: readonly string[];
  /** `#`: a count of ten or more ("si compro 40 cargadores"). */
  count?: boolean;
}

interface Pattern {
  concept: string;
  slots: Slot[];
}

/**
 * Chat particles and fillers skipped between pattern words ("paket saya *ya* sampai
 * mana", "onde *ai* ta meu pedido"): they never change what is asked.
 */
const fillers = new Set(
  'ya yah sih dong nih kak kakak min gan sis deh kah ka mbak bang please pls plz ai'.split(' '),
);

function slotOf(source: string): Slot {
  const optional = source.startsWith('?');
  const body = optional ? source.slice(1) : source;
  if (body === '_')
    return { optional: true, any: true, exact: new Set(), prefixes: [], notions: [] };
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const notions: string[] = [];
  let count = false;
  for (const part of body.split('|')) {
    if (part === '#') {
      count = true;
      continue;
    }
    if (part.startsWith('~')) {
      notions.push(part);
      continue;
    }
    const forms = part.startsWith('@') ? listOf(part.slice(1)) : [part];
    for (const form of forms) {
      if (form.endsWith('*')) prefixes.push(form.slice(0, -1));
      else exact.add(form);
    }
  }
  return { optional, any: false, exact, prefixes, notions, count };
}

function listOf(name: string): string[] {
  const list = slotLists[name];
  if (list === undefined) throw new Error(`phrase pattern names an unknown list @${name}`);
  return list.split(' ');
}

function has(slot: Slot, word: string): boolean {
  if (slot.exact.has(word)) return true;
  if (slot.count && /^\d+$/.test(word) && Number(word) >= 10) return true;
  for (const p of slot.prefixes) if (word.startsWith(p)) return true;
  if (slot.notions.length > 0) {
    const notion = conceptOf(word);
    return notion !== undefined && slot.notions.includes(notion);
  }
  return false;
}

/** Patterns by a word they can start with; patterns starting with a prefix form apart. */
const byStart = new Map<string, Pattern[]>();
const byStartPrefix: Array<[string, Pattern]> = [];
const tables = [phrasePatterns, paraphrasePatterns];
for (const [concept, sources] of tables.flatMap((t) => Object.entries(t))) {
  for (const source of sources) {
    const slots = source.trim().split(/\s+/).map(slotOf);
    if (slots[0]?.any) throw new Error(`phrase pattern "${source}" starts with "_"`);
    const pattern = { concept: `~${concept}`, slots };
    if (slots[0]?.notions.length)
      throw new Error(`phrase pattern "${source}" starts with a notion`);
    // A pattern starts at its first slot, or at a later one when those before are optional.
    for (const slot of slots) {
      for (const word of slot.exact) {
        const list = byStart.get(word);
        if (list === undefined) byStart.set(word, [pattern]);
        else if (!list.includes(pattern)) list.push(pattern);
      }
      for (const prefix of slot.prefixes) byStartPrefix.push([prefix, pattern]);
      if (!slot.optional) break;
    }
  }
}

/**
 * Whether the slots match from word `at` on (longest first); `named` collects the
 * positions matched by a word slot (not `_`), innermost last.
 */
function matchFrom(
  slots: readonly Slot[],
  k: number,
  words: readonly string[],
  at: number,
  named: number[],
): boolean {
  if (k === slots.length) return true;
  const slot = slots[k]!;
  if (at < words.length && (slot.any || has(slot, words[at]!))) {
    const before = named.length;
    if (!slot.any) named.push(at);
    if (matchFrom(slots, k + 1, words, at + 1, named)) return true;
    named.length = before;
  }
  return slot.optional && matchFrom(slots, k + 1, words, at, named);
}

/** Indonesian "-nya" ("paketnya", "ukurannya") marks the noun, not its meaning. */
function base(word: string): string {
  return word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

/** Whether a word of the text overrules the phrase notion (`paraphraseUnless`). */
function overruled(concept: string, words: readonly string[]): boolean {
  const unless = paraphraseUnless[concept.slice(1)];
  if (!unless) return false;
  return words.some((w) => unless.includes(w) || unless.includes(conceptOf(w) ?? ''));
}

/** A notion a phrase names and the positions (in the words given) of its own words (not `_`). */
export interface PhraseMatch {
  concept: string;
  positions: number[];
}

/**
 * The phrases (`~track`) of a text's folded words, first match at each place; a notion
 * may match again on other words.
 */
export function phraseMatches(folded: readonly string[]): PhraseMatch[] {
  const positions: number[] = [];
  const words: string[] = [];
  folded.forEach((w, i) => {
    if (fillers.has(w)) return;
    positions.push(i);
    words.push(base(w));
  });
  const found: PhraseMatch[] = [];
  const tryAt = (pattern: Pattern, at: number) => {
    const named: number[] = [];
    if (!matchFrom(pattern.slots, 0, words, at, named) || named.length === 0) return;
    // A notion's second phrase counts too when it holds other words ("tokonya dmn, mau
    // dateng langsung"): its words are the notion's as well (see `phraseReplaces`).
    const own = named.map((i) => positions[i]!);
    if (
      found.some((m) => m.concept === pattern.concept && m.positions.some((p) => own.includes(p)))
    )
      return;
    found.push({ concept: pattern.concept, positions: own });
  };
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    for (const pattern of byStart.get(word) ?? []) tryAt(pattern, at);
    for (const [prefix, pattern] of byStartPrefix) if (word.startsWith(prefix)) tryAt(pattern, at);
  }
  // Goods named in two or three words that the trade lexicon lists joined ("dry
  // cleaning", "lavagem a seco", "contact lenses" as "contactlens"): a phrase of their notion.
  for (let at = 0; at < words.length; at++)
    for (const span of [3, 2]) {
      if (at + span > words.length) continue;
      const notion = joinedTradeNotion(words.slice(at, at + span));
      if (!notion) continue;
      const own = positions.slice(at, at + span);
      if (!found.some((m) => m.concept === notion && m.positions.some((p) => own.includes(p))))
        found.push({ concept: notion, positions: own });
      break;
    }
  // Where two phrases share words, the longer one says what is asked: "quando chega
  // mais?" asks for stock, not for a delivery time. A notion the rest of the text
  // overrules (`paraphraseUnless`) is dropped.
  return found.filter(
    (m) =>
      !overruled(m.concept, words) &&
      !found.some(
        (o) =>
          o.positions.length > m.positions.length &&
          m.positions.every((p) => o.positions.includes(p)),
      ),
  );
}

/** The notion terms the phrases of a text's folded words name, each once. */
export function phraseConcepts(folded: readonly string[]): string[] {
  return [...new Set(phraseMatches(folded).map((m) => m.concept))];
}
