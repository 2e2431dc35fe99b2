import { describe, expect, it } from 'vitest';
import type { KnowledgeHit, KnowledgeSource } from '../knowledge/source.js';
import { assistantDesk } from '../test-support/desk.js';
import { calibratedAbstention } from './calibrated.js';
import { defaultAbstention, type FaqAssistantOptions, faqAssistant } from './faq-assistant.js';

const hit: KnowledgeHit = {
  id: 'faq#0',
  kind: 'faq',
  text: 'How long does delivery take?',
  question: 'How long does delivery take?',
  answer: 'We deliver in 3 to 5 business days.',
  score: 0.35,
  language: 'en',
  citation: { file: 'faq.json' },
};

/** A source scoring every question 0.35, whose own calibration says 0.3 is enough. */
const source = (minScore = 0.3): KnowledgeSource & { calibration(): Promise<unknown> } => ({
  search: async () => [hit],
  calibration: async () => ({ minScore, minMargin: 0.05, minTopicCoverage: 0.1 }),
});

async function ask(options: Partial<FaqAssistantOptions>, knowledge = source()) {
  const t = await assistantDesk({ assistant: () => faqAssistant({ knowledge, ...options }) });
  const c = t.channel.customer('c');
  await c.send('delivery time?');
  return { answered: c.texts().includes(hit.answer!), handedOff: t.handoffs.length > 0 };
}

describe('faqAssistant calibration', () => {
  it("AI7: takes its score floor from the knowledge base's own calibration", async () => {
    // 0.35 is under the fixed floor (0.4) but over the base's own (0.3).
    expect(await ask({})).toEqual({ answered: true, handedOff: false });
    expect(await ask({ calibrate: false })).toEqual({ answered: false, handedOff: true });
  });

  it('AI7: an option set explicitly wins over the calibration', async () => {
    expect(await ask({ minScore: 0.5 })).toEqual({ answered: false, handedOff: true });
    expect(await ask({}, source(0.5))).toEqual({ answered: false, handedOff: true });
    expect(await ask({ minScore: 0.2 }, source(0.5))).toEqual({ answered: true, handedOff: false });
  });

  it('AI7: several calibrated sources: the strictest floor; a source without one: the options', async () => {
    const fixed = { ...defaultAbstention };
    const plain: KnowledgeSource = { search: async () => [] };
    expect(await calibratedAbstention([source(0.3), source(0.45)], fixed, new Set())).toMatchObject(
      {
        minScore: 0.45,
      },
    );
    expect(await calibratedAbstention([source(0.3), plain], fixed, new Set())).toEqual(fixed);
    const none = { search: async () => [], calibration: async () => undefined };
    expect(await calibratedAbstention([none], fixed, new Set())).toEqual(fixed);
  });
});

describe('faqAssistant out-of-scope class (ADR 0380)', () => {
  const offDomainSource = (offDomain: number | undefined, score = 0.45) => ({
    search: async () => [
      {
        ...hit,
        score,
        ...(offDomain !== undefined && { signals: { topicCoverage: 0.5, offDomain } }),
      },
    ],
    calibration: async () => ({
      minScore: 0.3,
      minMargin: 0.05,
      minTopicCoverage: 0.1,
      offDomainMargin: 0,
      offDomainCeiling: 0.74,
    }),
  });

  it('AI7: hands off when an off-domain message matches the question at least as well as the best entry', async () => {
    expect(await ask({}, offDomainSource(0.5))).toEqual({ answered: false, handedOff: true });
    expect(await ask({}, offDomainSource(0.4))).toEqual({ answered: true, handedOff: false });
    expect(await ask({}, offDomainSource(undefined))).toEqual({ answered: true, handedOff: false });
  });

  it('AI7: never takes a question whose best entry scores over the ceiling', async () => {
    expect(await ask({}, offDomainSource(0.95, 0.8))).toEqual({ answered: true, handedOff: false });
  });

  it('AI7: the class comes from the calibration, so calibrate: false turns it off', async () => {
    expect(await ask({ calibrate: false, minScore: 0.3 }, offDomainSource(0.5))).toEqual({
      answered: true,
      handedOff: false,
    });
  });
});
