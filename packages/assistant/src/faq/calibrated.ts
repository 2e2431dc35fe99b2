import type { KnowledgeSource } from '../knowledge/source.js';
import type { Abstention } from './decide.js';

/** A source that chooses its own abstention thresholds (`calibration()` of @parley/kb). */
interface CalibratingSource extends KnowledgeSource {
  calibration(): Promise<Partial<Abstention> | undefined>;
}

const calibrates = (s: KnowledgeSource): s is CalibratingSource =>
  typeof (s as Partial<CalibratingSource>).calibration === 'function';

/**
 * The thresholds to decide with: the sources' calibrations when every source has one
 * (the strictest of each when there are several), with the options the caller set
 * explicitly kept over them; `configured` otherwise.
 */
export async function calibratedAbstention(
  sources: readonly KnowledgeSource[],
  configured: Abstention,
  explicit: ReadonlySet<keyof Abstention>,
): Promise<Abstention> {
  if (sources.length === 0 || !sources.every(calibrates)) return configured;
  const found = await Promise.all(sources.map((s) => s.calibration()));
  if (found.some((c) => c?.minScore === undefined)) return configured;
  const all = found as Partial<Abstention>[];
  const most = (key: keyof Abstention, pick: (...n: number[]) => number) => {
    const values = all.map((c) => c[key]).filter((v): v is number => v !== undefined);
    return values.length === all.length ? pick(...values) : undefined;
  };
  const out: Abstention = { ...configured };
  const set = (key: keyof Abstention, value: number | undefined) => {
    if (value !== undefined && !explicit.has(key)) out[key] = value;
  };
  set('minScore', most('minScore', Math.max));
  set('minMargin', most('minMargin', Math.max));
  set('minTopicCoverage', most('minTopicCoverage', Math.max));
  // The out-of-scope class only when every source has one: the strictest (a larger
  // margin, a lower ceiling) takes the fewest questions from an answer.
  set('offDomainMargin', most('offDomainMargin', Math.max));
  set('offDomainCeiling', most('offDomainCeiling', Math.min));
  return out;
}
