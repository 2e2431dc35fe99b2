import { createMemoryStore } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { checkUsageLimits, periodStart, usageLimitsSchema } from './limits.js';
import { costOf, defaultPrices, priceOf } from './prices.js';

describe('usage and cost', () => {
  it('AI6: a dated model name uses its family price; unknown models cost 0', () => {
    expect(priceOf('gpt-4o-mini-2024-07-18', defaultPrices)).toBe(defaultPrices['gpt-4o-mini']);
    expect(priceOf('gpt-4o-2024-08-06', defaultPrices)).toBe(defaultPrices['gpt-4o']);
    expect(costOf('llama3.1:8b', { inputTokens: 1000, outputTokens: 1000 }, defaultPrices)).toBe(0);
  });

  it('AI6: cost counts input, cached input and output at their prices', () => {
    const table = { house: { input: 2, cachedInput: 0.5, output: 8 } };
    // 1M input of which 400k cached, 100k output: 0.6*2 + 0.4*0.5 + 0.1*8 = 2.2 USD
    expect(
      costOf(
        'house',
        { inputTokens: 1_000_000, cachedInputTokens: 400_000, outputTokens: 100_000 },
        table,
      ),
    ).toBeCloseTo(2.2, 9);
  });

  it('AI6: days and months start at midnight in the tenant time zone', () => {
    const now = new Date('2026-03-10T02:30:00Z'); // 23:30 on the 9th in São Paulo (UTC-3)
    expect(periodStart(now, 'America/Sao_Paulo', 'daily').toISOString()).toBe(
      '2026-03-09T03:00:00.000Z',
    );
    expect(periodStart(now, 'America/Sao_Paulo', 'monthly').toISOString()).toBe(
      '2026-03-01T03:00:00.000Z',
    );
    expect(periodStart(now, 'UTC', 'daily').toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(
      periodStart(new Date('2026-07-15T12:00:00Z'), 'Asia/Jakarta', 'daily').toISOString(),
    ).toBe('2026-07-14T17:00:00.000Z');
    // New York changes to daylight time on 8 March 2026: midnight that day was still -5.
    expect(
      periodStart(new Date('2026-03-08T20:00:00Z'), 'America/New_York', 'daily').toISOString(),
    ).toBe('2026-03-08T05:00:00.000Z');
  });

  it('AI6: a limit counts only the current period and only the tenant asked about', async () => {
    const clock = createFakeClock('2026-03-10T12:00:00Z');
    const store = createMemoryStore({ clock });
    const record = (tenantId: string, at: string, tokens: number, cost = 0) =>
      store.recordUsage({
        tenantId,
        assistantId: 'a',
        model: 'm',
        inputTokens: tokens,
        outputTokens: 0,
        cost,
        at: new Date(at),
      });
    await record('shop-a', '2026-03-09T23:00:00Z', 900); // yesterday
    await record('shop-a', '2026-03-10T08:00:00Z', 600);
    await record('shop-b', '2026-03-10T09:00:00Z', 5000, 3);
    const now = clock.now();
    expect(
      await checkUsageLimits(store, 'shop-a', { daily: { tokens: 1000 } }, now),
    ).toBeUndefined();
    expect(
      await checkUsageLimits(store, 'shop-a', { monthly: { tokens: 1500 } }, now),
    ).toMatchObject({
      period: 'monthly',
      metric: 'tokens',
      used: 1500,
      limit: 1500,
    });
    const perTenant = (tenantId: string) =>
      tenantId === 'shop-b' ? { daily: { cost: 2.5 } } : undefined;
    expect(await checkUsageLimits(store, 'shop-b', perTenant, now)).toMatchObject({
      metric: 'cost',
      used: 3,
    });
    expect(await checkUsageLimits(store, 'shop-a', perTenant, now)).toBeUndefined();
  });

  it('AI6: limits reject an unknown time zone and non-positive numbers', () => {
    expect(() => usageLimitsSchema.parse({ timeZone: 'Mars/Olympus' })).toThrow(/IANA/);
    expect(() => usageLimitsSchema.parse({ daily: { tokens: 0 } })).toThrow();
  });
});
