import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import {
  answered,
  calibrateAbstention,
  capturedByOffDomain,
  offDomainHalves,
  offDomainList,
} from './calibrate.js';
import { offDomainMessages } from './off-domain-messages.js';

const faq = [
  { question: 'How long does delivery take?', answer: '3 to 5 business days.' },
  { question: 'Which payment methods do you accept?', answer: 'Cards, bank transfer and PIX.' },
  { question: 'How do I return an item?', answer: 'Open a return request within 7 days.' },
  { question: 'Do you have a physical store?', answer: 'Yes, on Main Street 12.' },
  { question: 'How much is shipping?', answer: 'Free above 200; 15 otherwise.' },
  { question: 'Can I exchange the size?', answer: 'Yes, within 30 days, unused.' },
  { question: 'How do I track my order?', answer: 'With the code in your e-mail.' },
];

describe('calibrateAbstention', () => {
  it('AI3: a base chooses its score floor from its own entries and built-in off-domain messages', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq(faq);
    const calibration = await kb.calibration();
    expect(calibration).toBeDefined();
    const c = calibration!;
    expect(c.minScore).toBeGreaterThanOrEqual(0.3);
    expect(c.minScore).toBeLessThanOrEqual(0.6);
    expect(c.outOfScopeTarget).toBe(0.85);
    // The off-domain messages of the base's two languages, and most of them kept out.
    const lines = (l: 'en' | 'pt') => offDomainMessages[l].split('\n').length;
    // Those naming a subject the base never names (a loan, small talk) left out of it.
    expect(c.figures.outOfScope + c.figures.offTopic).toBe(lines('en') + lines('pt'));
    expect(c.figures.offTopic).toBeGreaterThan(0);
    expect(c.figures.rejected).toBeGreaterThanOrEqual(0.85);
    expect(c.figures.inScope).toBeGreaterThan(faq.length * 4);
    expect(c.figures.answeredRight).toBeGreaterThan(0.8);
    // Cached until the base changes; the same seed gives the same figures.
    expect(await kb.calibration()).toBe(calibration);
    await kb.addFaq([...faq, { question: 'Do you gift wrap?', answer: 'Yes, for 5.' }]);
    const again = await kb.calibration();
    expect(again).not.toBe(calibration);
    const twin = createKnowledgeBase({ languages: ['en', 'pt'] });
    await twin.addFaq([...faq, { question: 'Do you gift wrap?', answer: 'Yes, for 5.' }]);
    const { ms: _a, ...figures } = again!.figures;
    const { ms: _b, ...twinFigures } = (await twin.calibration())!.figures;
    expect(twinFigures).toEqual(figures);
    expect((await twin.calibration())!.minScore).toBe(again!.minScore);
  });

  it('AI3: no calibration for passages only, a handful of entries, or entries with several phrasings', async () => {
    const passages = createKnowledgeBase();
    await passages.addDocument({ documentId: 'doc', text: 'We deliver in 3 to 5 business days.' });
    expect(await passages.calibration()).toBeUndefined();
    const few = createKnowledgeBase();
    await few.addFaq(faq.slice(0, 3));
    expect(await few.calibration()).toBeUndefined();
    const phrasings = createKnowledgeBase();
    await phrasings.addFaq(
      faq.map((f) => ({ ...f, alternatives: [`${f.question} please`, `hey ${f.question}`] })),
    );
    expect(await phrasings.calibration()).toBeUndefined();
  });

  it('AI3: the floor is the lowest that hands off the target share of off-domain messages', () => {
    // Off-domain messages score 0.1..0.5 against this fake base; in-scope ones 0.45.
    const scores = new Map<string, number>();
    let i = 0;
    for (const q of offDomainMessages.en.split('\n')) scores.set(q, 0.1 + (i++ % 41) / 100);
    const calibration = calibrateAbstention(
      faq.map((f, n) => ({ question: f.question, language: 'en', entry: `e${n}` })),
      (query) => {
        const entry = faq.findIndex((f) => query.includes(f.question.toLowerCase().split(' ')[2]!));
        const score = scores.get(query);
        if (score !== undefined) return [{ entry: 'e0', score, topicCoverage: 1 }];
        return entry >= 0 ? [{ entry: `e${entry}`, score: 0.45, topicCoverage: 1 }] : [];
      },
      { languages: ['en'], outOfScopeTarget: 0.8 },
    );
    // The floor keeps 80% out, and the next lower step on the grid would not.
    const offDomain = [...scores.values()];
    const kept = offDomain.filter((s) => s < calibration.minScore).length / offDomain.length;
    expect(kept).toBeGreaterThanOrEqual(0.8);
    const lower =
      offDomain.filter((s) => s < calibration.minScore - 0.02).length / offDomain.length;
    expect(lower).toBeLessThan(0.8);
  });

  it('AI3: messages off topic for the base do not make its floor laxer', () => {
    // A third of the messages name a subject the base never names: every hit holds none
    // of their topic, so any floor hands them off. The rest score 0.1..0.5.
    const messages = offDomainMessages.en.split('\n');
    const offTopic = new Set(messages.filter((_, n) => n % 3 === 0));
    const hits = (query: string) => {
      const n = messages.indexOf(query);
      if (n < 0) return [{ entry: 'e1', score: 0.45, topicCoverage: 1 }];
      return [
        { entry: 'e0', score: 0.1 + (n % 41) / 100, topicCoverage: offTopic.has(query) ? 0 : 1 },
      ];
    };
    const entries = faq.map((f, n) => ({
      question: f.question,
      language: 'en' as const,
      entry: `e${n}`,
    }));
    const counted = calibrateAbstention(entries, hits, { languages: ['en'] });
    const left = calibrateAbstention(entries, hits, {
      languages: ['en'],
      offTopic: (q) => offTopic.has(q),
    });
    expect(left.figures.offTopic).toBe(offTopic.size);
    expect(left.figures.outOfScope).toBe(messages.length - offTopic.size);
    expect(counted.figures.offTopic).toBe(0);
    // Counted as handed off, they let a lower floor reach the target.
    expect(left.minScore).toBeGreaterThan(counted.minScore);
  });

  it('AI3: a hit holding none of the topic words is no answer at any floor', () => {
    const rule = { minScore: 0.3, minTopicCoverage: 0.1 };
    expect(answered([{ entry: 'a', score: 0.9, topicCoverage: 0 }], rule)).toBeUndefined();
    expect(answered([{ entry: 'a', score: 0.9 }], rule)?.entry).toBe('a');
    expect(answered([{ entry: 'a', score: 0.2, topicCoverage: 1 }], rule)).toBeUndefined();
  });
});

describe('out-of-scope class (ADR 0380)', () => {
  it('AI3: the built-in set splits in two seeded halves, every message in exactly one', () => {
    const [a, b] = offDomainHalves(['en', 'pt']);
    const all = offDomainList(['en', 'pt']);
    expect(a.length + b.length).toBe(all.length);
    expect(new Set([...a, ...b])).toEqual(new Set(all));
    expect(a.filter((m) => b.includes(m))).toEqual([]);
    expect(Math.min(a.length, b.length)).toBeGreaterThan(all.length / 4);
    expect(offDomainHalves(['en', 'pt'])).toEqual([a, b]);
  });

  it('AI3: a message takes a query from an answer only when it holds more of its topic and scores at least the margin more', () => {
    const rule = { margin: 0, ceiling: 0.74 };
    const best = { entry: 'pay', score: 0.45, topicCoverage: 0.5 };
    expect(capturedByOffDomain(best, { score: 0.6, topicCoverage: 1 }, rule)).toBe(true);
    // The hit holds the query's topic as well as the message does: the base's object.
    expect(capturedByOffDomain(best, { score: 0.6, topicCoverage: 0.5 }, rule)).toBe(false);
    expect(capturedByOffDomain(best, { score: 0.44, topicCoverage: 1 }, rule)).toBe(false);
    // A very strong hit is never taken.
    expect(
      capturedByOffDomain({ ...best, score: 0.8 }, { score: 0.9, topicCoverage: 1 }, rule),
    ).toBe(false);
    expect(capturedByOffDomain(undefined, { score: 0.9, topicCoverage: 1 }, rule)).toBe(false);
  });

  it('AI3: a single-phrasing base calibrates its class on pseudo in-scope queries and reports the leave-out halves', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq(faq);
    const c = (await kb.calibration())!;
    expect(c.offDomainMargin).toBeGreaterThanOrEqual(0);
    expect(c.offDomainCeiling).toBeGreaterThan(c.minScore);
    const o = c.figures.offDomain!;
    expect(o.inScopeCaptured).toBeLessThanOrEqual(0.02);
    // Each half against the other half's index: at least what the floor alone hands off.
    for (const h of [0, 1]) expect(o.leftOut[h]).toBeGreaterThanOrEqual(o.floorOnly[h]!);
    const [hit] = await kb.search('how do i pay my electricity bill');
    expect(hit?.signals.offDomain).toBeGreaterThan(0);
  });

  it('AI3: a base of many phrasings per entry has no out-of-scope class', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq(
      faq.map((f) => ({ ...f, alternatives: [`${f.question} please`, `hey ${f.question}`] })),
    );
    const hits = await kb.search('how do i pay my electricity bill');
    expect(hits.every((h) => h.signals.offDomain === undefined)).toBe(true);
  });
});
