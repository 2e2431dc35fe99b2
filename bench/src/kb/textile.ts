// The fourth business of issue 20 (shop-test4, a Muslim-fashion and home-textile shop),
// written in round 13 as a test-only set: its questions are all held out (h), never to be
// analysed or tuned on. Only totals are printed, beside the same baselines as gadget.ts;
// misses are never printed (BENCH_KB_MISSES is ignored here).
import { report } from '../report.js';
import { bm25, calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch, shopTop1 } from './shop.js';
import { runShopAssistant } from './shop-assistant.js';
import { textileSet as set } from './shop-data.js';

export async function textileFigures(): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, 'textile', performance.now() - started);
  const qs = set.questions.filter((q) => q.split === 'h');
  const ours = await shopTop1(kb, qs, set.topicOf);
  const base = await shopTop1(shopMiniSearch(set), qs, set.topicOf);
  report({
    bench: 'kb.textile.hit_at_1.heldout',
    value: ours.top1,
    unit: 'share',
    baseline: base.top1,
    note: `${ours.total} chat-style questions in id/pt/en/es to a fourth, test-only shop's id/pt/en FAQ (${set.faqs.length} entries); ${bm25}`,
  });
  const assistant = await runShopAssistant(kb, qs, {}, set);
  const old = await runShopAssistant(
    kb,
    qs,
    { minScore: 0.5, minMargin: 0, menu: false, minTopicCoverage: 0 },
    set,
  );
  report({
    bench: 'kb.textile.assistant_correct.heldout',
    value: assistant.correct,
    unit: 'share',
    baseline: old.correct,
    note: `faqAssistant answers with the right topic (right option in a menu ${(assistant.correctOrMenu - assistant.correct).toFixed(3)}, wrong ${assistant.wrong.toFixed(3)}, handed off ${assistant.handedOff.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
  });
  report({
    bench: 'kb.textile.assistant_oos_handed_off.heldout',
    value: assistant.oosHandedOff,
    unit: 'share',
    baseline: old.oosHandedOff,
    note: `${qs.length - ours.total} out-of-scope questions handed off (given a menu: ${assistant.oosMenu.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
  });
}
