import { describe, expect, it } from 'vitest';
import { createTestDesk } from '../src/testing/index.js';
import { conversationOf } from './routing-helpers.js';

const MIN = 60_000;

async function dayOfWork() {
  const t = await createTestDesk({
    now: '2026-03-02T09:00:00Z',
    teams: [{ id: 'support', operators: [{ id: 'maria', presence: 'online' }] }],
    settings: { csat: { question: 'Rate us', thanks: 'Thanks' } },
    script: (input) => {
      const text = input.turn.map((m) => (m.content.type === 'text' ? m.content.text : '')).join();
      if (text.includes('human')) return { type: 'handoff', reason: 'asked' };
      return {
        type: 'reply',
        messages: [{ type: 'text', text: 'answer' }],
        usage: [{ model: 'm', inputTokens: 100, outputTokens: 20, cost: 0.002 }],
      };
    },
  });
  // Ana: the assistant answers alone, then it is solved 30 min later and rated 5.
  await t.customer('ana').send('price?');
  t.clock.advance(30 * MIN);
  await t.desk.inbox.solve((await conversationOf(t, 'ana')).id);
  await t.customer('ana').send('5');
  // Ben: asks for a human (the assistant says nothing); Maria gets him, answers 2 min later
  // (his first response) and solves after 1 h; rated 3.
  t.clock.advance(10 * MIN);
  await t.customer('ben').send('human please');
  const ben = await conversationOf(t, 'ben');
  t.clock.advance(2 * MIN);
  await t.desk.inbox.reply(ben.id, 'Hi, Maria here', { operatorId: 'maria' });
  await t.desk.inbox.addLabel(ben.id, 'Follow Up');
  t.clock.advance(58 * MIN);
  await t.desk.inbox.solve(ben.id);
  await t.customer('ben').send('3');
  // Next day: Caio, answered by the assistant.
  t.clock.advance(24 * 60 * MIN);
  await t.customer('caio').send('hello');
  return t;
}

describe('reports', () => {
  it('IN6/AI6: volume AI vs human, first response, resolution, handoff rate, CSAT and cost per day', async () => {
    const t = await dayOfWork();
    const report = await t.desk.reports.overview({
      since: new Date('2026-03-02T00:00:00Z'),
      until: new Date('2026-03-04T00:00:00Z'),
    });
    expect(report.totals).toMatchObject({ conversations: 3, ai: 2, human: 1, handoffRate: 0.333 });
    expect(report.totals.firstResponse).toEqual({ count: 3, median: 0, p90: 2 * MIN });
    expect(report.totals.resolution).toEqual({ count: 2, median: 30 * MIN, p90: 60 * MIN + 0 });
    expect(report.totals.csat).toEqual({
      count: 2,
      average: 4,
      breakdown: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 },
    });
    expect(report.totals.cost).toEqual({
      cost: 0.004,
      inputTokens: 200,
      outputTokens: 40,
      calls: 2,
    });
    expect(report.days.map((d) => [d.date, d.conversations, d.ai, d.human])).toEqual([
      ['2026-03-02', 2, 1, 1],
      ['2026-03-03', 1, 1, 0],
    ]);
    expect(report.by.operator).toMatchObject([{ key: 'maria', conversations: 1, human: 1 }]);
    expect(report.by.label).toMatchObject([{ key: 'Follow Up', conversations: 1 }]);
    expect(report.by.assistant).toMatchObject([
      { key: 'bot', conversations: 3, handoffRate: 0.333 },
    ]);
    expect(report.by.channel).toMatchObject([{ key: 'test', conversations: 3 }]);
    expect(t.errors).toEqual([]);
  });

  it('IN6: a report narrowed to an operator or label counts only their conversations, days in the tenant zone', async () => {
    const t = await dayOfWork();
    const range = {
      since: new Date('2026-03-02T03:00:00Z'),
      until: new Date('2026-03-03T03:00:00Z'),
      timeZone: 'America/Sao_Paulo',
    };
    const maria = await t.desk.reports.overview({ ...range, operatorId: 'maria' });
    expect(maria.totals).toMatchObject({ conversations: 1, human: 1, ai: 0 });
    expect(maria.totals.csat.breakdown['3']).toBe(1);
    expect(maria.totals.csat.count).toBe(1);
    expect(maria.days.map((d) => d.date)).toEqual(['2026-03-02']);
    const label = await t.desk.reports.overview({ ...range, label: 'Follow Up' });
    expect(label.totals.conversations).toBe(1);
    expect(label.totals.cost.calls).toBe(0);
    const other = await t.desk.tenant('other').reports.overview(range);
    expect(other.totals.conversations).toBe(0);
  });

  it('IN6: a bad range is refused with what to fix', async () => {
    const t = await createTestDesk();
    await expect(
      t.desk.reports.overview({ since: new Date('2026-03-02'), until: new Date('2026-03-01') }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: /since must be before until/ });
    await expect(
      t.desk.reports.overview({
        since: new Date('2024-01-01'),
        until: new Date('2026-03-01'),
      }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: /400 days/ });
  });
});
