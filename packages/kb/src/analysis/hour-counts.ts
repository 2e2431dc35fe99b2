/**
 * "24 hours", "6 jam", "2 horas", "how many hours": an hour word after a count or a
 * "how many" measures a time span (`~duration`), not the opening hours (`~hours`). Without
 * this, every answer that says "within 24 hours" or "up to 6 hours before delivery"
 * takes the opening-hours notion, and "what time do you close" finds them.
 */
const hourWords = new Set(['hour', 'hours', 'hrs', 'hr', 'jam', 'hora', 'horas']);
const howMany = new Set([
  'many',
  'berapa',
  'quantas',
  'quantos',
  'cuantas',
  'cuantos',
  'few',
  'couple',
  'beberapa',
  'algumas',
  'algunas',
  'umas',
  'unas',
]);
const spelledCounts = new Set(
  'one two three four five six eight ten twelve satu dua tiga empat lima enam delapan sepuluh duas tres quatro cinco seis oito dez doze dos cuatro ocho diez doce'.split(
    ' ',
  ),
);

/** Whether the folded word `word`, after the folded word `before`, counts hours. */
export function countsHours(before: string | undefined, word: string): boolean {
  if (!hourWords.has(word) || before === undefined) return false;
  return /^\d+([.,]\d+)?$/.test(before) || howMany.has(before) || spelledCounts.has(before);
}

/** Terms with `~hours` read as `~duration` (see `countsHours`). */
export function asDuration(terms: readonly string[]): string[] {
  return [...new Set(terms.map((t) => (t === '~hours' ? '~duration' : t)))];
}
