import type { CostSummary, CsatSummary, DurationStats } from './report-types.js';

/** Nearest-rank percentile of sorted values. */
function rank(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function durations(values: number[]): DurationStats {
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: rank(sorted, 0.5), p90: rank(sorted, 0.9) };
}

export function csatSummary(scores: number[]): CsatSummary {
  const breakdown = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const s of scores) {
    const key = String(Math.round(s)) as keyof typeof breakdown;
    if (key in breakdown) breakdown[key]++;
  }
  const sum = scores.reduce((a, b) => a + b, 0);
  return {
    count: scores.length,
    average: scores.length === 0 ? null : Math.round((sum / scores.length) * 100) / 100,
    breakdown,
  };
}

export function emptyCost(): CostSummary {
  return { cost: 0, inputTokens: 0, outputTokens: 0, calls: 0 };
}

export function addCost(
  into: CostSummary,
  r: { cost: number; inputTokens: number; outputTokens: number },
): void {
  into.cost = Math.round((into.cost + r.cost) * 1e6) / 1e6;
  into.inputTokens += r.inputTokens;
  into.outputTokens += r.outputTokens;
  into.calls++;
}
