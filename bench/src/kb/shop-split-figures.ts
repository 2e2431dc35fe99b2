// One split of a shop set reported as the issue-20 figures: top-1 beside plain BM25, and
// faqAssistant's right answers and out-of-scope hand-offs beside a fixed minScore of 0.5
// with no menu. Misses go to stderr only when asked (dev splits; never a test-only set).
// reportDevAndHeldOut: a business with dev (d) and held-out (h) questions, reported apart.
import type { KnowledgeSource } from '@parley/kb';
import { report } from '../report.js';
import { bm25, calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch, shopTop1 } from './shop.js';
import { runShopAssistant } from './shop-assistant.js';
import type { ShopQuestion, ShopSet } from './shop-data.js';

export interface SplitReport {
  set: ShopSet;
  kb: KnowledgeSource;
  plain: KnowledgeSource;
  questions: ShopQuestion[];
  /** Figure names: `kb.<set.name>.<figure>.<split>`. */
  split: string;
  /** What the questions are, for the top-1 note. */
  about: string;
  /** Print the misses on stderr, each line starting with the set's name. */
  misses?: boolean;
}

export async function reportShopSplit(r: SplitReport): Promise<void> {
  const { set, kb, questions: qs } = r;
  const name = (figure: string) => `kb.${set.name}.${figure}.${r.split}`;
  const ours = await shopTop1(kb, qs, set.topicOf);
  const base = await shopTop1(r.plain, qs, set.topicOf);
  report({
    bench: name('hit_at_1'),
    value: ours.top1,
    unit: 'share',
    baseline: base.top1,
    note: `${ours.total} ${r.about} (${set.faqs.length} entries); ${bm25}`,
  });
  if (r.misses) for (const m of ours.misses) console.error(set.name, m);
  const assistant = await runShopAssistant(kb, qs, {}, set);
  if (r.misses) for (const m of assistant.misses) console.error(`${set.name} assistant`, m);
  const old = await runShopAssistant(
    kb,
    qs,
    { minScore: 0.5, minMargin: 0, menu: false, minTopicCoverage: 0 },
    set,
  );
  report({
    bench: name('assistant_correct'),
    value: assistant.correct,
    unit: 'share',
    baseline: old.correct,
    note: `faqAssistant answers with the right topic (right option in a menu ${(assistant.correctOrMenu - assistant.correct).toFixed(3)}, wrong ${assistant.wrong.toFixed(3)}, handed off ${assistant.handedOff.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
  });
  report({
    bench: name('assistant_oos_handed_off'),
    value: assistant.oosHandedOff,
    unit: 'share',
    baseline: old.oosHandedOff,
    note: `${qs.length - ours.total} out-of-scope questions handed off (given a menu: ${assistant.oosMenu.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
  });
}

/**
 * A business written before any tuning on it, with dev (d) and held-out (h) questions:
 * calibration, then top-1 and faqAssistant for each split apart, beside the same baselines
 * as the other shops. Misses (BENCH_KB_MISSES=1) are printed for dev only.
 */
export async function reportDevAndHeldOut(set: ShopSet, about: string): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, set.name, performance.now() - started);
  const plain = shopMiniSearch(set);
  for (const [split, name] of [
    ['d', 'dev'],
    ['h', 'heldout'],
  ] as const) {
    await reportShopSplit({
      set,
      kb,
      plain,
      questions: set.questions.filter((q) => q.split === split),
      split: name,
      about,
      misses: Boolean(process.env.BENCH_KB_MISSES) && split === 'd',
    });
  }
}

/**
 * A test-only business (all questions held out, never analysed): totals only, and its
 * misses are never printed, whatever BENCH_KB_MISSES says.
 */
export async function reportTestOnly(set: ShopSet, about: string): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, set.name, performance.now() - started);
  await reportShopSplit({
    set,
    kb,
    plain: shopMiniSearch(set),
    questions: set.questions.filter((q) => q.split === 'h'),
    split: 'heldout',
    about,
  });
}
