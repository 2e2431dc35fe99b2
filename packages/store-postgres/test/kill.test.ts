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

  it('PL3/P-14: killed after accept, during the model call, around the send: every message is answered after restart, once where the channel takes an idempotency key', async () => {
    const first = run('crash');
    await first.next();
    for (const who of ['accept', 'model', 'send', 'outbox']) {
      world.inject('wa', { externalId: `m-${who}`, from: who, text: `hello ${who}` });
    }
    world.inject('meta', { externalId: 'm-send-meta', from: 'send-meta', text: 'hello meta' });
    const points = [];
    for (let i = 0; i < 5; i++) points.push(await first.next());
    expect(points).toEqual(
      expect.arrayContaining([
        { at: 'accept' },
        { at: 'model' },
        { at: 'send' },
        { at: 'outbox' },
        { at: 'send-meta' },
      ]),
    );
    // Each message was acknowledged to the channel once recorded, before its turn ran.
    await world.until(
      () => world.unacked('wa') === 0 && world.unacked('meta') === 0,
      'messages acknowledged',
    );
    await first.kill('SIGKILL');
    expect(world.replies.map((r) => r.to).sort()).toEqual(['send', 'send-meta']);

    const second = run('resume');
    await second.next();
    await world.until(
      () =>
        ['accept', 'model', 'outbox'].every((who) => repliesTo(who).length > 0) &&
        world.repeats.length > 0 &&
        repliesTo('send-meta').length > 1,
      'the unfinished turns answered',
    );
    // Turns cut short before the send (even with the outbox row written) are answered once.
    expect(repliesTo('accept')).toEqual(['echo: hello accept']);
    expect(repliesTo('model')).toEqual(['echo: hello model']);
    expect(repliesTo('outbox')).toEqual(['echo: hello outbox']);
    // Cut after the channel took the reply and before it was recorded: the re-run sends it
    // again under the same message id, so a channel with an idempotency key drops it
    // (exactly once) …
    const sent = world.replies.filter((r) => r.to === 'send');
    expect(sent.map((r) => r.text)).toEqual(['echo: hello send']);
    expect(world.repeats.map((r) => [r.to, r.key])).toEqual([['send', sent[0]!.key]]);
    // … and one without delivers it twice (at least once: see docs/durability.md).
    expect(repliesTo('send-meta')).toEqual(['echo: hello meta', 'echo: hello meta']);
    await second.kill('SIGKILL');
  }, 180_000);
});
