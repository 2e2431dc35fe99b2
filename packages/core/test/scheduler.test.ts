import { describe, expect, it } from 'vitest';
import { createMemoryScheduler } from '../src/scheduler/memory-scheduler.js';
import { createFakeClock } from '../src/testing/index.js';

async function setup() {
  const clock = createFakeClock('2026-01-05T09:00:00Z');
  const scheduler = createMemoryScheduler({ clock });
  const ran: string[] = [];
  scheduler.define<{ n: string }>('note', async (job) => {
    ran.push(job.payload.n);
  });
  await scheduler.start();
  const at = (ms: number) => new Date(clock.now().getTime() + ms);
  return { clock, scheduler, ran, at };
}

describe('memory scheduler', () => {
  it('runs jobs in time order on the clock, with one timer for all of them', async () => {
    const { clock, scheduler, ran, at } = await setup();
    for (let i = 0; i < 1000; i++)
      await scheduler.schedule({
        id: `j${i}`,
        type: 'note',
        runAt: at(1000 + (i % 10) * 100),
        payload: { n: `${i % 10}` },
      });
    expect(clock.pending()).toBe(1);
    await clock.advance(999);
    expect(ran).toEqual([]);
    await clock.advance(1);
    expect(ran).toHaveLength(100);
    await clock.advance(1000);
    expect(ran).toHaveLength(1000);
    expect(ran.slice(100, 200).every((n) => n === '1')).toBe(true);
  });

  it('scheduling an existing id replaces it (debounce); cancel removes it', async () => {
    const { clock, scheduler, ran, at } = await setup();
    await scheduler.schedule({ id: 'x', type: 'note', runAt: at(1000), payload: { n: 'first' } });
    await scheduler.schedule({ id: 'x', type: 'note', runAt: at(3000), payload: { n: 'second' } });
    await scheduler.schedule({ id: 'y', type: 'note', runAt: at(500), payload: { n: 'y' } });
    expect(await scheduler.cancel('y')).toBe(true);
    expect(await scheduler.cancel('y')).toBe(false);
    await clock.advance(2000);
    expect(ran).toEqual([]);
    expect((await scheduler.get('x'))?.payload).toEqual({ n: 'second' });
    await clock.advance(1000);
    expect(ran).toEqual(['second']);
    expect(await scheduler.get('x')).toBeUndefined();
  });

  it('an earlier reschedule moves the timer forward', async () => {
    const { clock, scheduler, ran, at } = await setup();
    await scheduler.schedule({
      id: 'late',
      type: 'note',
      runAt: at(10_000),
      payload: { n: 'late' },
    });
    await scheduler.schedule({ id: 'soon', type: 'note', runAt: at(100), payload: { n: 'soon' } });
    await clock.advance(100);
    expect(ran).toEqual(['soon']);
  });

  it('retries a failing job with back-off, then gives up and reports it', async () => {
    const clock = createFakeClock();
    const dead: string[] = [];
    const scheduler = createMemoryScheduler({ clock, onDeadJob: (job) => dead.push(job.id) });
    const attempts: number[] = [];
    scheduler.define(
      'flaky',
      async (job) => {
        attempts.push(job.attempts);
        throw new Error('nope');
      },
      { maxAttempts: 3, backoffMs: (n) => n * 1000 },
    );
    await scheduler.start();
    await scheduler.schedule({ id: 'f', type: 'flaky', runAt: clock.now(), payload: {} });
    await clock.advance(0);
    expect(attempts).toEqual([0]);
    await clock.advance(1000);
    expect(attempts).toEqual([0, 1]);
    await clock.advance(2000);
    expect(attempts).toEqual([0, 1, 2]);
    expect(dead).toEqual(['f']);
  });

  it('never runs one id twice at once: a run that comes due meanwhile waits', async () => {
    const clock = createFakeClock();
    const scheduler = createMemoryScheduler({ clock });
    let active = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const runs: string[] = [];
    scheduler.define<{ n: string }>('slow', async (job) => {
      active++;
      most = Math.max(most, active);
      runs.push(job.payload.n);
      if (job.payload.n === 'a') await gate;
      active--;
    });
    await scheduler.start();
    await scheduler.schedule({ id: 's', type: 'slow', runAt: clock.now(), payload: { n: 'a' } });
    const first = clock.advance(0);
    await new Promise((r) => setImmediate(r));
    await scheduler.schedule({ id: 's', type: 'slow', runAt: clock.now(), payload: { n: 'b' } });
    release();
    await first;
    await clock.advance(0);
    await scheduler.idle();
    expect(runs).toEqual(['a', 'b']);
    expect(most).toBe(1);
  });

  it('jobs scheduled before start wait for start', async () => {
    const clock = createFakeClock();
    const scheduler = createMemoryScheduler({ clock });
    const ran: string[] = [];
    scheduler.define('note', async () => {
      ran.push('ran');
    });
    await scheduler.schedule({ id: 'early', type: 'note', runAt: clock.now(), payload: {} });
    await clock.advance(1000);
    expect(ran).toEqual([]);
    await scheduler.start();
    await clock.advance(0);
    expect(ran).toEqual(['ran']);
  });
});
