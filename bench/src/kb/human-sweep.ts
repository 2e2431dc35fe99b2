// The human-request detector's false-positive sweep (ADRs 0470, 0510): every query of
// BANKING77 and CLINC150 and the dev questions of the shops with dev splits, messages that
// almost never ask for a person. The count it flags is printed beside the detector before
// issue 20 (legacy-human-request.ts); BENCH_KB_MISSES=1 prints the flagged messages. The
// scorer was trained on a sample of the public train queries, so their part is optimistic.
import { findHumanRequest } from '@parley/assistant';
import { report } from '../report.js';
import { banking77, clinc150 } from './intent-data.js';
import { findHumanRequest as legacyHumanRequest } from './legacy-human-request.js';
import { bakerySet, gadgetSet, shopSet, skincareSet } from './shop-data.js';

export function humanSweepFigures(): void {
  const texts: string[] = [];
  for (const set of [banking77(), clinc150()])
    if (set) texts.push(...[...set.train, ...set.validation, ...set.test].map((q) => q.text));
  for (const set of [shopSet, skincareSet, gadgetSet, bakerySet])
    texts.push(...set.questions.filter((q) => q.split === 'd').map((q) => q.question));
  const flagged = texts.filter((t) => findHumanRequest(t) !== undefined);
  report({
    bench: 'assistant.human_request.sweep_flagged',
    value: flagged.length,
    unit: 'messages',
    baseline: texts.filter((t) => legacyHumanRequest(t) !== undefined).length,
    note: `of ${texts.length} BANKING77/CLINC150 queries and shop dev questions (a few are real requests for a person); baseline: the phrase patterns before issue 20`,
  });
  if (process.env.BENCH_KB_MISSES) for (const t of flagged) console.error('sweep flagged', t);
}
