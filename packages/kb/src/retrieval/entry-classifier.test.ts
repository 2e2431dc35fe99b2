import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { EntryClassifier, questionFeatures } from './entry-classifier.js';

const intents: Record<string, string[]> = {
  arrival: [
    'my card has not arrived yet',
    'when will my card arrive',
    'still waiting for my card to arrive',
    'the card I ordered did not arrive',
  ],
  estimate: [
    'how long does card delivery take',
    'how many days to deliver a card',
    'what is the delivery time for a new card',
    'card delivery estimate please',
  ],
  topUp: ['how do I top up', 'add money to my account', 'top up with a bank transfer'],
  rate: ['what exchange rate do you use', 'is the exchange rate fair', 'rate for euros'],
  lost: ['I lost my card', 'my card was stolen', 'block my lost card'],
};

function trained(): EntryClassifier {
  const classifier = new EntryClassifier();
  Object.values(intents).forEach((phrasings, slot) => {
    classifier.add(slot, phrasings, 'en');
  });
  return classifier;
}

const best = (probabilities: Map<number, number> | undefined) =>
  [...(probabilities ?? new Map<number, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];

describe('entry classifier', () => {
  it('AI3: features keep word pairs, so intents that differ by one word stay apart', () => {
    const features = questionFeatures('when will my card arrive', 'en');
    expect(features).toContain('card_arriv');
    expect(features).toContain('=when');
  });

  it('AI3: learns entries from their phrasings and tells apart two that share most words', () => {
    const classifier = trained();
    expect(classifier.active).toBe(true);
    expect(best(classifier.predict('my new card still has not arrived', 'en'))).toBe(0);
    expect(best(classifier.predict('how many days is card delivery', 'en'))).toBe(1);
    expect(best(classifier.predict('top up by bank transfer', 'en'))).toBe(2);
  });

  it('AI3: trains the same model from the same base (deterministic)', () => {
    const a = trained().predict('card delivery', 'en');
    const b = trained().predict('card delivery', 'en');
    expect([...(a ?? [])]).toEqual([...(b ?? [])]);
  });

  it('AI3: stays off for a base with one phrasing per entry, and after its entries are removed', () => {
    const single = new EntryClassifier();
    for (let slot = 0; slot < 6; slot++) single.add(slot, [`question number ${slot}`], 'en');
    expect(single.predict('question number 3', 'en')).toBeUndefined();
    const classifier = trained();
    classifier.remove([0, 1, 2]);
    expect(classifier.active).toBe(false);
  });

  it('AI3: a knowledge base with several phrasings per FAQ ranks the learnt entry first', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq(
      Object.entries(intents).map(([answer, [question, ...alternatives]]) => ({
        question: question!,
        alternatives,
        answer,
      })),
    );
    const [hit] = await kb.search('it has been a week and my card has still not arrived');
    expect(hit?.answer).toBe('arrival');
    const [estimate] = await kb.search('how long will delivery of my card take');
    expect(estimate?.answer).toBe('estimate');
  });
});
