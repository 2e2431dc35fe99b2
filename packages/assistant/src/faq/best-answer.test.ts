import { describe, expect, it } from 'vitest';
import type { KnowledgeHit } from '../knowledge/source.js';
import { pickAnswer } from './best-answer.js';

const hit = (score: number, topicCoverage?: number): KnowledgeHit =>
  ({
    id: `h${score}`,
    kind: 'faq',
    text: 'q\na',
    question: 'q',
    answer: `a${score}`,
    score,
    signals: { lexical: score, ...(topicCoverage !== undefined && { topicCoverage }) },
    citation: { documentId: 'faq', file: 'faq.tsv' },
  }) as KnowledgeHit;

describe('pickAnswer', () => {
  const options = { minScore: 0.4, minTopicCoverage: 0.1, languageMargin: 0.15 };

  it('AI7: a hit under minScore that holds half the topic words or more is still answered', () => {
    // "parcela em qnts vezes?": words the base never saw lower the score, not the topic.
    expect(pickAnswer([hit(0.3, 0.5)], options)?.score).toBe(0.3);
    expect(pickAnswer([hit(0.3, 1)], options)?.score).toBe(0.3);
  });

  it('AI7: a low hit holding little of the topic, or too low, is no answer', () => {
    expect(pickAnswer([hit(0.3, 0.34)], options)).toBeUndefined();
    expect(pickAnswer([hit(0.2, 1)], options)).toBeUndefined();
    // Without topic coverage (a source that does not report it) minScore alone decides.
    expect(pickAnswer([hit(0.3)], options)).toBeUndefined();
    // Nor when topic coverage is not checked (minTopicCoverage 0).
    expect(pickAnswer([hit(0.3, 1)], { ...options, minTopicCoverage: 0 })).toBeUndefined();
  });
});
