/**
 * Notions (see `concepts.ts`) that are no shop's customer service unless its base holds
 * them: a job ("ada lowongan kerja?", "are you hiring"), a franchise or a meal ("fazem entrega de
 * pizza?", "bisa pesan makanan?"). Such a question often shares a request word with an
 * entry ("entrega", "pesan", "toko"); when the base has never seen the notion, that
 * shared word is not what was asked, so no hit holds the question's topic.
 */
const offTopic: ReadonlySet<string> = new Set([
  '~job',
  '~franchise',
  '~meal',
  '~politics',
  '~smalltalk',
  '~utility',
  '~loan',
  '~travel',
  '~medical',
  '~gym',
]);

/** Whether a query token (its terms) names an off-topic notion. */
export function isOffTopic(terms: readonly string[]): string | undefined {
  return terms.find((t) => offTopic.has(t));
}

/**
 * Whether query tokens name an off-topic notion the base never names (`known`: the base
 * indexes the term): then no hit holds the question's topic.
 */
export function namesOffTopic(
  tokens: readonly (readonly string[])[],
  known: (term: string) => boolean,
): boolean {
  return tokens.some((terms) => {
    const notion = isOffTopic(terms);
    return notion !== undefined && !known(notion);
  });
}
