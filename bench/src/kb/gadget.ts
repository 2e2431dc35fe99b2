// The third business of issue 20 (shop-dev3, a phone-and-accessories shop), written in
// round 13 before any tuning on it: top-1 and faqAssistant for dev (d) and held-out (h)
// questions apart, each beside the baselines of the other shops. Misses
// (BENCH_KB_MISSES=1) are printed for dev only.
import { report } from '../report.js';
import { bm25, calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch, shopTop1 } from './shop.js';
import { runShopAssistant } from './shop-assistant.js';
import { gadgetSet as set } from './shop-data.js';

export async function gadgetFigures(): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, 'gadget', performance.now() - started);
  const plain = shopMiniSearch(set);
  for (const [split, name] of [
    ['d', 'dev'],
    ['h', 'heldout'],
  ] as const) {
    const qs = set.questions.filter((q) => q.split === split);
    const misses = process.env.BENCH_KB_MISSES && split === 'd';
    const ours = await shopTop1(kb, qs, set.topicOf);
    const base = await shopTop1(plain, qs, set.topicOf);
    report({
      bench: `kb.gadget.hit_at_1.${name}`,
      value: ours.top1,
      unit: 'share',
      baseline: base.top1,
      note: `${ours.total} chat-style questions in id/pt/en/es to a third shop's id/pt/en FAQ (${set.faqs.length} entries); ${bm25}`,
    });
    if (misses) for (const m of ours.misses) console.error('gadget', m);
    const assistant = await runShopAssistant(kb, qs, {}, set);
    if (misses) for (const m of assistant.misses) console.error('gadget assistant', m);
    const old = await runShopAssistant(
      kb,
      qs,
      { minScore: 0.5, minMargin: 0, menu: false, minTopicCoverage: 0 },
      set,
    );
    report({
      bench: `kb.gadget.assistant_correct.${name}`,
      value: assistant.correct,
      unit: 'share',
      baseline: old.correct,
      note: `faqAssistant answers with the right topic (right option in a menu ${(assistant.correctOrMenu - assistant.correct).toFixed(3)}, wrong ${assistant.wrong.toFixed(3)}, handed off ${assistant.handedOff.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
    });
    report({
      bench: `kb.gadget.assistant_oos_handed_off.${name}`,
      value: assistant.oosHandedOff,
      unit: 'share',
      baseline: old.oosHandedOff,
      note: `${qs.length - ours.total} out-of-scope questions handed off (given a menu: ${assistant.oosMenu.toFixed(3)}); baseline: fixed minScore 0.5, no menu`,
    });
  }
}
