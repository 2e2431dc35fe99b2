import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { tokenRoles } from './analyzer.js';

const all = ['id', 'pt', 'en', 'es'] as const;

describe('topic words', () => {
  it('AI3: request verbs, greetings and numbers are not the topic; a word after "to"/"ke"/"pra" may be a place', () => {
    expect(tokenRoles('do you sell laptops', 'en', all)).toEqual(['light', 'topic']);
    // "kak" is a stop word; "ongkir" stands for "ongkos kirim".
    expect(tokenRoles('kak ongkir ke surabaya', 'id', all)).toEqual(['topic', 'topic', 'place']);
    expect(tokenRoles('vcs vendem celular?', 'pt', all)).toEqual(['light', 'topic']);
    expect(tokenRoles('troca pelo 40?', 'pt', all)).toEqual(['topic', 'detail']);
    // "how much" names the price notion but asks; the product is the topic.
    expect(tokenRoles('how much is the urban backpack', 'en', all)).toEqual([
      'light',
      'topic',
      'topic',
    ]);
  });

  it('AI3: signals.topicCoverage is 0 when an entry matches only the request, not its subject', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq([
      { question: 'Do you sell wholesale to resellers?', answer: 'Yes, from 10 pieces.' },
      { question: 'How much is shipping?', answer: 'From US$ 4, free over US$ 60.' },
    ]);
    const [laptops] = await kb.search('do you sell laptops');
    expect(laptops?.question).toBe('Do you sell wholesale to resellers?');
    expect(laptops?.signals.topicCoverage).toBe(0);
    const [wholesale] = await kb.search('do you sell wholesale?');
    expect(wholesale?.signals.topicCoverage).toBe(1);
    // A place the base has never seen is a detail; the shipping question covers the rest.
    const [toTexas] = await kb.search('how much is shipping to texas');
    expect(toTexas?.question).toBe('How much is shipping?');
    expect(toTexas?.signals.topicCoverage).toBe(1);
    // "to resell": the base knows "resell", so it is the topic, not a place.
    const [resell] = await kb.search('i want to resell');
    expect(resell?.signals.topicCoverage).toBe(1);
  });
});
