import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { Vocabulary } from './vocabulary.js';

describe('typo tolerance', () => {
  it('AI3: reads an unseen word as the most frequent indexed word one edit away', () => {
    const v = new Vocabulary();
    v.add(['payment', 'payment', 'pavement', 'refund', 'pengiriman']);
    expect(v.correct('paymnet')).toBeUndefined(); // a transposition is two edits
    expect(v.correct('paymet')).toBe('payment');
    expect(v.correct('refnd')).toBe('refund');
    expect(v.correct('pengirman')).toBe('pengiriman');
    expect(v.correct('refund')).toBeUndefined(); // known words stay
    expect(v.correct('efund')).toBeUndefined(); // first letter kept
    expect(v.correct('cash')).toBeUndefined(); // short words stay
    v.remove(['refund']);
    expect(v.correct('refnd')).toBeUndefined();
  });

  it('AI3: a misspelt word the base never saw still finds its entry; removed entries are forgotten', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq([
      { question: 'Which payment methods do you accept?', answer: 'Cards and bank transfer.' },
      { question: 'How long does delivery take?', answer: 'Three to five days.' },
    ]);
    const [hit] = await kb.search('wich paymet metods');
    expect(hit?.question).toBe('Which payment methods do you accept?');
    await kb.addFaq([{ question: 'How long does delivery take?', answer: 'Three days.' }]);
    expect((await kb.search('paymet'))[0]?.question).toBeUndefined();
  });
});
