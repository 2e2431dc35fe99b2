/** One benchmark figure beside its baseline measured in the same run. */
export interface BenchFigure {
  bench: string;
  value: number;
  unit: string;
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** What the baseline is and anything needed to read the figure. */
  note?: string;
}

/** Prints one JSON line per figure; ratio is computed here so every bench agrees. */
export function report(figure: Omit<BenchFigure, 'ratio'>): BenchFigure {
  const full: BenchFigure = {
    ...figure,
    value: round(figure.value),
    baseline: round(figure.baseline),
    ratio: round(figure.baseline === 0 ? 0 : figure.value / figure.baseline),
  };
  console.log(JSON.stringify(full));
  return full;
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}

/** Percentile of a sample (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}
