import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Child, startChild } from './support/child.js';
import { dropServerSchema, postgresUrl, uniqueSchema } from './support/databases.js';
import { startWorld, type World } from './support/world.js';

const targets = [
  { name: 'PGlite data directory', server: false },
  ...(postgresUrl ? [{ name: 'Postgres server', server: true }] : []),
];

describe.each(targets)('processes killed mid-turn ($name)', ({ server }) => {
  let world: World;
  let dataDir: string;
  const schema = uniqueSchema('kill');
  const children: Child[] = [];
  beforeAll(async () => {
    world = await startWorld();
    dataDir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
  });
  afterAll(async () => {
    for (const c of children) await c.kill();
    await world.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (server) await dropServerSchema(schema);
  });

  const run = (phase: 'crash' | 'resume') => {
    const child = startChild('kill-child.ts', {
      PHASE: phase,
      WORLD_URL: world.url,
      ...(server
        ? { DATABASE_URL: postgresUrl!, SCHEMA: schema }
        : { DATA_DIR: dataDir, PGLITE_TEMPLATE: inject('pgliteTemplate') }),
    });
    children.push(child);
    return child;
  };
  const repliesTo = (to: string) => world.replies.filter((r) => r.to === to).map((r) => r.text);

  it('PL3/P-14: killed after accept, during the model call, or after the send: every message is answered after restart', async () => {
    const first = run('crash');
    await first.next();
    for (const who of ['accept', 'model', 'send']) {
      world.inject('wa', { externalId: `m-${who}`, from: who, text: `hello ${who}` });
    }
    const points = [await first.next(), await first.next(), await first.next()];
    expect(points).toEqual(
      expect.arrayContaining([{ at: 'accept' }, { at: 'model' }, { at: 'send' }]),
    );
    // Each message was acknowledged to the channel once recorded, before its turn ran.
    await world.until(() => world.unacked('wa') === 0, 'messages acknowledged');
    await first.kill('SIGKILL');
    expect(world.replies.map((r) => r.to)).toEqual(['send']);

    const second = run('resume');
    await second.next();
    await world.until(
      () =>
        ['accept', 'model'].every((who) => repliesTo(who).length > 0) &&
        repliesTo('send').length > 1,
      'the unfinished turns answered',
    );
    // Turns cut short before the send are answered once; one cut short after the channel
    // took the reply and before it was recorded sends it again (at least once: see
    // docs/durability.md).
    expect(repliesTo('accept')).toEqual(['echo: hello accept']);
    expect(repliesTo('model')).toEqual(['echo: hello model']);
    expect(repliesTo('send')).toEqual(['echo: hello send', 'echo: hello send']);
    await second.kill('SIGKILL');
  }, 180_000);
});
