/** Scores above this approach 1 smoothly (see `round`). */
const knee = 0.8;
/** The usual constant of reciprocal rank fusion (Cormack et al., 2009). */
const rrfK = 60;

/** Reciprocal rank fusion, scaled so that first place in every ranking scores 1. */
export function fuse(...rankings: Array<Array<[number, number]>>): Array<[number, number]> {
  const scores = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.forEach(([slot], rank) => {
      scores.set(slot, (scores.get(slot) ?? 0) + 1 / (rrfK + rank + 1));
    });
  }
  const best = rankings.length / (rrfK + 1);
  return [...scores]
    .map(([slot, s]): [number, number] => [slot, s / best])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * Four decimals in 0..1. Up to `knee` the value is kept; above it, it approaches 1
 * smoothly instead of being clamped, so two strong hits (an exact question and a near
 * one) keep their order and the margin between them, which abstention reads.
 */
export function round(n: number): number {
  const v = Math.max(0, n);
  const squashed = v <= knee ? v : knee + (1 - knee) * (1 - Math.exp(-(v - knee) / (1 - knee)));
  return Math.round(squashed * 10000) / 10000;
}

/** Four decimals, clamped to 0..1. */
export function clamp(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 10000) / 10000;
}
