import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';

describe('off-topic notions', () => {
  it('AI3: a job or a meal the base has never seen leaves every hit without the topic', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt', 'en'] });
    await kb.addFaq([
      { question: 'Berapa lama pengiriman?', answer: 'Sampai dalam 2-4 hari kerja.' },
      { question: 'Fazem entrega no mesmo dia?', answer: 'Sim, em São Paulo.' },
    ]);
    // "kerja" meets "hari kerja" and "entrega" meets the delivery entry: neither is asked.
    const [job] = await kb.search('lowongan kerja ada ga');
    expect(job?.signals.topicCoverage).toBe(0);
    const [pizza] = await kb.search('fazem entrega de pizza?');
    expect(pizza?.signals.topicCoverage).toBe(0);
    const [delivery] = await kb.search('fazem entrega no sábado?');
    expect(delivery?.signals.topicCoverage).toBeGreaterThan(0);
  });

  it('AI3: a base that answers about jobs keeps them in scope', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq([
      { question: 'Are you hiring?', answer: 'See our careers page for open vacancies.' },
    ]);
    const [hit] = await kb.search('any jobs open?');
    expect(hit?.signals.topicCoverage).toBeGreaterThan(0);
  });
});
