import { analyzeText } from '../analysis/analyzer.js';
import type { Language } from '../types.js';
import type { IndexedChunk } from './indexed-chunk.js';

/**
 * An FAQ kept in several languages is one entry written several times: "Do I need to pay
 * in full?" and "Preciso pagar tudo na hora da encomenda?" answer the same question with
 * the same facts. Shops rarely say which rows translate which, so the pairs are found
 * from what a translation keeps (ADR 0520): the numbers of the answer (prices, days,
 * hours, percentages), its notions, its proper names and its terms. Two entries are
 * translations when each is the other's best match in its language and they share
 * enough; measured on eight shops' FAQs (621 true pairs), precision 0.995, recall 0.94.
 */

/** What a translation keeps of an entry. */
interface Kept {
  numbers: ReadonlySet<string>;
  notions: ReadonlySet<string>;
  asked: ReadonlySet<string>;
  names: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/** Below this similarity two mutual best matches are not taken for translations. */
const minSimilarity = 0.08;
/**
 * Above this many FAQ entries in one language the pairing is skipped: it is quadratic, and
 * runs again on the first search after each change (about 1.2 s at 500 entries a language
 * in three languages, 4.8 s at 1,500).
 */
const maxEntriesPerLanguage = 600;

function kept(chunk: IndexedChunk): Kept {
  const question = chunk.question ?? '';
  const answer = chunk.answer ?? chunk.text;
  const terms = new Set(analyzeText(`${question} ${answer}`, chunk.language));
  // "1" and "2" are as often words ("one of them", "a couple") as facts.
  const numbers = (answer.match(/\d+(?:[.,]\d{3})*/g) ?? [])
    .map((n) => n.replace(/[.,]/g, ''))
    .filter((n) => n !== '1' && n !== '2');
  return {
    numbers: new Set(numbers),
    notions: new Set([...terms].filter((t) => t.startsWith('~'))),
    asked: new Set(analyzeText(question, chunk.language).filter((t) => t.startsWith('~'))),
    names: new Set(
      (`${question} ${answer}`.match(/\b\p{Lu}[\p{L}\p{N}-]{2,}/gu) ?? []).map((w) =>
        w.toLowerCase(),
      ),
    ),
    terms,
  };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function similarity(a: Kept, b: Kept): number {
  return (
    0.45 * jaccard(a.numbers, b.numbers) +
    0.35 * jaccard(a.notions, b.notions) +
    0.1 * jaccard(a.asked, b.asked) +
    0.1 * jaccard(a.names, b.names) +
    0.3 * jaccard(a.terms, b.terms)
  );
}

/**
 * The translations of each FAQ entry among `slots` (entries of other languages), by
 * mutual best match per pair of languages. Entries of one language are never paired.
 */
export function translationGroups(
  entries: ReadonlyArray<{ slot: number; chunk: IndexedChunk }>,
): Map<number, number[]> {
  const counts = new Map<Language, number>();
  for (const { chunk } of entries)
    counts.set(chunk.language, (counts.get(chunk.language) ?? 0) + 1);
  const groups = new Map<number, number[]>();
  if ([...counts.values()].some((n) => n > maxEntriesPerLanguage)) return groups;
  const byLanguage = new Map<Language, Array<{ slot: number; kept: Kept }>>();
  for (const { slot, chunk } of entries) {
    const list = byLanguage.get(chunk.language) ?? [];
    list.push({ slot, kept: kept(chunk) });
    byLanguage.set(chunk.language, list);
  }
  const link = (a: number, b: number) => {
    groups.set(a, [...(groups.get(a) ?? []), b]);
    groups.set(b, [...(groups.get(b) ?? []), a]);
  };
  const languages = [...byLanguage.values()];
  for (let i = 0; i < languages.length; i++) {
    for (let j = i + 1; j < languages.length; j++) {
      const a = languages[i]!;
      const b = languages[j]!;
      const sims = a.map((x) => b.map((y) => similarity(x.kept, y.kept)));
      const bestOf = (row: number[]) => row.reduce((best, s, k) => (s > row[best]! ? k : best), 0);
      const bestInA = b.map((_, k) => bestOf(sims.map((row) => row[k]!)));
      sims.forEach((row, x) => {
        const y = bestOf(row);
        if (row[y]! > minSimilarity && bestInA[y] === x) link(a[x]!.slot, b[y]!.slot);
      });
    }
  }
  return groups;
}

/**
 * Scores raised by the entry's translations: an entry whose other languages match the
 * question too is more surely its answer than one matched in a single language ("self
 * pickup possible?" meets "pick up", "retirar" and "ambil sendiri" alike). A group of
 * translations (linked entries, transitively) gains `weight` times the mean of the
 * scores of its second and third best members, and every member gains the same: the
 * order among translations stays as the question's words set it (the customer's own
 * language first), only groups move against each other.
 */
export function withTranslations(
  ranking: ReadonlyArray<[number, number]>,
  links: ReadonlyMap<number, readonly number[]>,
  weight: number,
): Array<[number, number]> {
  const scores = new Map(ranking);
  const boost = new Map<number, number>();
  for (const [slot] of ranking) {
    if (boost.has(slot) || !links.has(slot)) continue;
    const group = component(slot, links);
    const [, second = 0, third = 0] = group.map((s) => scores.get(s) ?? 0).sort((x, y) => y - x);
    for (const member of group) boost.set(member, (weight * (second + third)) / 2);
  }
  return ranking
    .map(([slot, score]): [number, number] => [slot, score + (boost.get(slot) ?? 0)])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** The entries linked to `slot`, itself included, through any chain of links. */
function component(slot: number, links: ReadonlyMap<number, readonly number[]>): number[] {
  const seen = new Set([slot]);
  const queue = [slot];
  while (queue.length > 0) {
    for (const next of links.get(queue.pop()!) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  return [...seen];
}

/** The translation links of a base's FAQ entries, found again after each change. */
export class Translations {
  private links?: { generation: number; value: Map<number, number[]> };

  /** `withTranslations` over the entries among `chunks` (by slot) at `generation`. */
  rank(
    ranking: ReadonlyArray<[number, number]>,
    generation: number,
    chunks: ReadonlyArray<IndexedChunk | undefined>,
    weight: number,
  ): Array<[number, number]> {
    if (this.links?.generation !== generation) {
      const entries: Array<{ slot: number; chunk: IndexedChunk }> = [];
      chunks.forEach((chunk, slot) => {
        if (chunk?.question !== undefined) entries.push({ slot, chunk });
      });
      this.links = { generation, value: translationGroups(entries) };
    }
    return withTranslations(ranking, this.links.value, weight);
  }
}
