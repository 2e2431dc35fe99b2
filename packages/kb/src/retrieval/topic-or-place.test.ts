import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';

describe('topic words after "para"/"to"', () => {
  it('AI3: an unknown word after "para" is the topic when the question has no other', async () => {
    const kb = createKnowledgeBase({ languages: ['pt', 'en', 'es'] });
    await kb.addFaq([
      { question: 'Os produtos são veganos?', answer: 'Sim, todos os produtos são veganos.' },
      { question: 'Quanto custa o frete?', answer: 'O frete custa R$ 10 para todo o Brasil.' },
    ]);
    // "productos" and "tienen" say nothing of what is asked: dogs, which no entry holds.
    const [dogs] = await kb.search('tienen productos para perros?');
    expect(dogs?.signals.topicCoverage).toBe(0);
    // With a topic word, the unknown word after "pra" stays a place (a detail).
    const [freight] = await kb.search('frete pra manaus?');
    expect(freight?.question).toBe('Quanto custa o frete?');
    expect(freight?.signals.topicCoverage).toBe(1);
  });
});
