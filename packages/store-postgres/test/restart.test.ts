import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Child, startChild } from './support/child.js';
import { startWorld, type World } from './support/world.js';

interface Report {
  phase: string;
  jobs: Array<{ type: string; status: string }>;
}

describe('a process killed mid-window and mid-retry (PGlite data directory)', () => {
  let world: World;
  let dataDir: string;
  const children: Child[] = [];
  beforeAll(async () => {
    world = await startWorld();
    dataDir = mkdtempSync(join(tmpdir(), 'parley-restart-'));
  });
  afterAll(async () => {
    for (const c of children) await c.kill();
    await world.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (phase: string, offsetMs: number) => {
    const child = startChild('restart-child.ts', {
      PHASE: phase,
      WORLD_URL: world.url,
      DATA_DIR: dataDir,
      CLOCK_OFFSET_MS: String(offsetMs),
      PGLITE_TEMPLATE: inject('pgliteTemplate'),
    });
    children.push(child);
    return child;
  };

  it('PL3/RT9: after restart the grouped reply is sent once and the webhook delivered once', async () => {
    world.answerHooksWith([503]);
    const first = run('burst', 0);
    const before = await first.next<Report>();
    // Killed while the burst waits for its 30 s window and the webhook for its 60 s retry.
    expect(before.jobs).toEqual([
      { type: 'parley.group-flush', status: 'scheduled' },
      { type: 'parley.webhooks.retry', status: 'scheduled' },
    ]);
    await first.kill('SIGKILL');
    expect(world.replies).toEqual([]);
    expect(world.hooks).toEqual([{ id: 'msg_burst_1', status: 503 }]);

    // Nothing ran while no process was up; the next one starts 61 s later.
    const second = run('resume', 61_000);
    const after = await second.next<Report>();
    expect(await second.exited).toBe(0);
    // No durable job is left that could send either again.
    expect(after.jobs).toEqual([]);
    expect(world.replies.map((r) => [r.to, r.text])).toEqual([
      ['5521988776655', 'echo: oi + tudo bem? + qual o prazo de entrega?'],
    ]);
    expect(world.hooks).toEqual([
      { id: 'msg_burst_1', status: 503 },
      { id: 'msg_burst_1', status: 200 },
    ]);
  });
});
