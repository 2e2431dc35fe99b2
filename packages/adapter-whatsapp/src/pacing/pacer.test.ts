import { createMemoryStore, ParleyError, silentLogger } from '@parley/core';
import { createFakeClock, flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { Pacer, type PacingConfig } from './pacer.js';

function setup(config: Partial<PacingConfig> = {}, random = () => 0.5) {
  const clock = createFakeClock('2026-01-05T09:00:00Z');
  const kv = createMemoryStore({ clock }).kv('channel:wa');
  const sentAt: Array<[string, number]> = [];
  const t0 = clock.now().getTime();
  const pacer = new Pacer({
    config: {
      minIntervalMs: 1000,
      jitterMs: 2000,
      backoffMs: 30_000,
      maxBackoffMs: 600_000,
      maxRetries: 3,
      ...config,
    },
    clock,
    random,
    kv,
    logger: silentLogger,
    label: '+5521988776655',
    classify: (e) => ((e as Error).message === 'rate-overlimit' ? 'rate-limited' : undefined),
  });
  const send = (label: string, signal?: AbortSignal) =>
    pacer.run(async () => {
      sentAt.push([label, clock.now().getTime() - t0]);
      return label;
    }, signal);
  return { clock, kv, pacer, sentAt, send };
}

describe('outbound pacing', () => {
  it('PL2: sends are spaced by the minimum interval plus jitter, first one at once', async () => {
    const { clock, sentAt, send } = setup();
    const all = Promise.all(['a', 'b', 'c'].map((l) => send(l)));
    await flushMicrotasks();
    expect(sentAt).toEqual([['a', 0]]);
    await clock.advance(1999);
    expect(sentAt).toHaveLength(1);
    await clock.advance(1);
    expect(sentAt.map(([l]) => l)).toEqual(['a', 'b']);
    await clock.advance(2000);
    expect(await all).toEqual(['a', 'b', 'c']);
    expect(sentAt).toEqual([
      ['a', 0],
      ['b', 2000],
      ['c', 4000],
    ]);
  });

  it('PL2: jitter comes from the random source, so gaps vary between minimum and maximum', async () => {
    const draws = [0, 1, 0.25];
    const { clock, sentAt, send } = setup({}, () => draws.shift() ?? 0);
    const all = Promise.all(['a', 'b', 'c', 'd'].map((l) => send(l)));
    await flushMicrotasks();
    await clock.advance(10_000);
    await all;
    // Each slot takes a draw; the first send goes at once (no previous slot to space from).
    expect(sentAt.map(([, t]) => t)).toEqual([0, 3000, 4500, 5500]);
  });

  it('PL2: a burst from many conversations keeps first-in first-out order', async () => {
    const { clock, sentAt, send } = setup({ minIntervalMs: 10, jitterMs: 0 });
    const labels = Array.from({ length: 50 }, (_, i) => `conv${i % 5}-msg${Math.floor(i / 5)}`);
    const all = Promise.all(labels.map((l) => send(l)));
    await flushMicrotasks();
    await clock.advance(1000);
    await all;
    expect(sentAt.map(([l]) => l)).toEqual(labels);
  });

  it('PL2: past the daily cap sends fail with RATE_LIMITED until midnight UTC, counted across restarts', async () => {
    const { clock, kv, pacer, send } = setup({ minIntervalMs: 0, jitterMs: 0, dailyCap: 2 });
    await send('a');
    await send('b');
    const refused = await send('c').catch((e) => e);
    expect(ParleyError.hasCode(refused, 'RATE_LIMITED')).toBe(true);
    expect(refused.message).toMatch(/daily cap of 2.*2026-01-06T00:00:00.000Z/);
    // The count is what the number offers campaigns as its SendBudget.
    expect(await pacer.budget.sentToday()).toBe(2);
    expect(pacer.budget.dailyCap).toBe(2);

    const restarted = new Pacer({
      config: {
        minIntervalMs: 0,
        jitterMs: 0,
        dailyCap: 2,
        backoffMs: 1,
        maxBackoffMs: 1,
        maxRetries: 0,
      },
      clock,
      random: () => 0,
      kv,
      logger: silentLogger,
      label: '+5521988776655',
      classify: () => undefined,
    });
    await expect(restarted.run(async () => 'd')).rejects.toThrow(/daily cap/);
    await clock.setTime('2026-01-06T00:00:01Z');
    await expect(restarted.run(async () => 'e')).resolves.toBe('e');
  });

  it('PL2: a rate-limit signal pauses the queue with back-off and retries the same send in order', async () => {
    const { clock, pacer, sentAt } = setup({ minIntervalMs: 0, jitterMs: 0, backoffMs: 30_000 });
    let failures = 2;
    const first = pacer.run(async () => {
      if (failures-- > 0) throw new Error('rate-overlimit');
      sentAt.push(['first', clock.now().getTime()]);
      return 'first';
    });
    const second = pacer.run(async () => {
      sentAt.push(['second', clock.now().getTime()]);
      return 'second';
    });
    await flushMicrotasks();
    expect(sentAt).toEqual([]);
    // Equal jitter with random 0.5: 30 s → 22.5 s, then 60 s → 45 s.
    await clock.advance(22_499);
    expect(sentAt).toEqual([]);
    await clock.advance(1 + 45_000);
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(sentAt.map(([l]) => l)).toEqual(['first', 'second']);
  });

  it('PL2: a send that keeps being rate limited fails after maxRetries; a host pause holds everything', async () => {
    const { clock, pacer, sentAt, send } = setup({
      minIntervalMs: 0,
      jitterMs: 0,
      backoffMs: 1000,
      maxRetries: 1,
    });
    const doomed = pacer.run(async () => {
      throw new Error('rate-overlimit');
    });
    const caught = doomed.catch((e) => e);
    await flushMicrotasks();
    await clock.advance(10_000);
    expect(ParleyError.hasCode(await caught, 'RATE_LIMITED')).toBe(true);
    pacer.pauseUntil(new Date(clock.now().getTime() + 60_000), 'test');
    const later = send('later');
    await flushMicrotasks();
    await clock.advance(59_999);
    expect(sentAt).toEqual([]);
    await clock.advance(1);
    expect(await later).toBe('later');
  });

  it('PL2: a queued send can be aborted and closing rejects everything still waiting', async () => {
    const { clock, pacer, sentAt, send } = setup({ minIntervalMs: 5000, jitterMs: 0 });
    await send('a');
    const controller = new AbortController();
    const aborted = send('b', controller.signal).catch((e) => e);
    const closed = send('c').catch((e) => e);
    controller.abort();
    expect(ParleyError.hasCode(await aborted, 'ABORTED')).toBe(true);
    pacer.close(new ParleyError('CHANNEL_UNAVAILABLE', 'stopped'));
    expect(ParleyError.hasCode(await closed, 'CHANNEL_UNAVAILABLE')).toBe(true);
    await clock.advance(10_000);
    expect(sentAt.map(([l]) => l)).toEqual(['a']);
    await expect(send('d')).rejects.toThrow(/stopped/);
  });
});
