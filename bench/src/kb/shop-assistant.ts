// faqAssistant (the real one) over the shop dev set: one fresh conversation per
// question; outcome by topic. "Correct" is an answer of the right topic; a "did you
// mean" menu counts apart (right when one of its options is the right topic).
import { type FaqAssistantOptions, faqAssistant } from '@parley/assistant';
import { type AssistantInput, createMemoryStore } from '@parley/core';
import type { KnowledgeSource } from '@parley/kb';
import { type ShopQuestion, type ShopSet, shopSet } from './shop-data.js';

export interface AssistantFigures {
  /** In-scope questions answered with the right topic. */
  correct: number;
  /** In-scope questions answered with the right topic or offered it in a menu. */
  correctOrMenu: number;
  wrong: number;
  /** In-scope questions handed off (false abstention). */
  handedOff: number;
  /** Out-of-scope questions handed off. */
  oosHandedOff: number;
  /** Out-of-scope questions given a menu. */
  oosMenu: number;
  /** Each question not answered right (in scope) or not handed off (out of scope). */
  misses: string[];
}

export async function runShopAssistant(
  kb: KnowledgeSource,
  questions: ShopQuestion[],
  options: Partial<FaqAssistantOptions> = {},
  set: ShopSet = shopSet,
): Promise<AssistantFigures> {
  const { topicOf, topicOfQuestion } = set;
  const assistant = faqAssistant({ knowledge: kb, ...options });
  const store = createMemoryStore();
  const counts = { correct: 0, menuRight: 0, wrong: 0, handedOff: 0, oosHandedOff: 0, oosMenu: 0 };
  const misses: string[] = [];
  let n = 0;
  for (const q of questions) {
    n++;
    const input = {
      tenantId: 'default',
      assistantId: 'shop',
      conversation: { id: `c${n}` },
      contact: { identities: [] },
      history: [],
      turn: [{ content: { type: 'text', text: q.question } }],
      channel: { id: 'chat', kind: 'memory', capabilities: { maxTextLength: 4096 } },
      store,
      now: new Date(0),
    } as unknown as AssistantInput;
    const result = await assistant.respond(input, { signal: new AbortController().signal });
    const oos = q.topic === 'none';
    const miss = (outcome: string) =>
      misses.push(`${q.lang} ${q.topic} ${q.question} → ${outcome}`);
    if (result.type === 'handoff') {
      if (oos) counts.oosHandedOff++;
      else {
        counts.handedOff++;
        miss('handoff');
      }
      continue;
    }
    if (result.type !== 'reply') continue;
    const first = result.messages[0];
    if (first?.type === 'menu') {
      const topics = first.options.map((o) => topicOfQuestion(o.description));
      if (oos) counts.oosMenu++;
      else if (topics.includes(q.topic)) counts.menuRight++;
      else counts.wrong++;
      miss(`menu ${topics.join(',')}`);
      continue;
    }
    const text = first?.type === 'text' ? first.text : undefined;
    if (!oos && topicOf(text) === q.topic) counts.correct++;
    else {
      if (!oos) counts.wrong++;
      miss(`answer ${topicOf(text)}`);
    }
  }
  const inScope = questions.filter((q) => q.topic !== 'none').length;
  const outOfScope = questions.length - inScope;
  return {
    correct: counts.correct / inScope,
    correctOrMenu: (counts.correct + counts.menuRight) / inScope,
    wrong: counts.wrong / inScope,
    handedOff: counts.handedOff / inScope,
    oosHandedOff: counts.oosHandedOff / Math.max(1, outOfScope),
    oosMenu: counts.oosMenu / Math.max(1, outOfScope),
    misses,
  };
}
