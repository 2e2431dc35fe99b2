import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/index.js';
import { migrations } from '../src/migrations/migrations.js';
import { type Child, startChild } from './support/child.js';
import { dropServerSchema, postgresUrl, uniqueSchema } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { startWorld, type World } from './support/world.js';

const CHANNELS = ['wa-1', 'wa-2', 'wa-3', 'wa-4', 'wa-5', 'wa-6'];
const CONVERSATIONS = 1000;
const LEASE_TTL_MS = 2000;
const WINDOW_MS = 3000;
const PROCESSES = ['p1', 'p2', 'p3'];

const channelOf = (i: number) => CHANNELS[i % CHANNELS.length]!;
const burst = (round: number, i: number) => [1, 2, 3].map((n) => `r${round} c${i} m${n}`);

describe.runIf(postgresUrl)('three processes sharing one Postgres server', () => {
  const schema = uniqueSchema('scale');
  let world: World;
  const children = new Map<string, Child>();

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    for (const c of children.values()) await c.kill();
    await world?.close();
    await dropServerSchema(schema);
  });

  const owners = () => CHANNELS.map((c) => world.owner(c));
  const balanced = (live: string[]) => () => {
    const o = owners();
    if (o.some((x) => x === undefined || !live.includes(x))) return false;
    const share = Math.ceil(CHANNELS.length / live.length);
    return live.every((p) => o.filter((x) => x === p).length <= share);
  };
  const send = (round: number, conversations: number[]) => {
    for (const i of conversations) {
      burst(round, i).forEach((text, n) => {
        world.inject(channelOf(i), { externalId: `r${round}-c${i}-m${n}`, from: `c${i}`, text });
      });
    }
  };
  const repliesTo = (round: number) =>
    world.replies.filter((r) => r.text.startsWith(`echo: r${round} `));

  async function pendingFlushes(): Promise<number> {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM "${schema}".jobs WHERE type = 'parley.group-flush'`,
      );
      return rows[0].n;
    } finally {
      await client.end();
    }
  }

  function expectEachAnsweredOnce(round: number, conversations: number[]) {
    const replies = repliesTo(round);
    expect(replies).toHaveLength(conversations.length);
    const byContact = new Map(replies.map((r) => [r.to, r]));
    expect(byContact.size).toBe(conversations.length);
    for (const i of conversations) {
      const reply = byContact.get(`c${i}`);
      expect(reply?.text).toBe(`echo: ${burst(round, i).join(' + ')}`);
      expect(reply?.channel).toBe(channelOf(i));
    }
  }

  it('PL3: every burst is answered exactly once, in order; a killed process hands its channels over within the lease time', async () => {
    // Migrations run by the processes themselves, all starting at once.
    for (const name of PROCESSES) {
      children.set(
        name,
        startChild('scale-child.ts', {
          NAME: name,
          WORLD_URL: world.url,
          DATABASE_URL: postgresUrl!,
          SCHEMA: schema,
          CHANNELS: CHANNELS.join(','),
          LEASE_TTL_MS: String(LEASE_TTL_MS),
          WINDOW_MS: String(WINDOW_MS),
        }),
      );
    }
    for (const c of children.values()) await c.next();
    await world.until(balanced(PROCESSES), 'channels shared out between three processes');

    // Round 1: 1,000 conversations, a burst of three messages each.
    const all = Array.from({ length: CONVERSATIONS }, (_, i) => i);
    send(1, all);
    await world.until(() => repliesTo(1).length >= CONVERSATIONS, '1,000 answers', 90_000);
    await world.until(() => CHANNELS.every((c) => world.unacked(c) === 0), 'every message acked');
    // The last flush jobs finish (and leave the table) just after their reply is sent.
    await eventually(async () => (await pendingFlushes()) === 0, 'round 1 flush jobs done');
    expectEachAnsweredOnce(1, all);
    expect(world.conflicts).toEqual([]);

    // Round 2: bursts on the victim's channels; it is killed while they wait to be answered.
    const victim = world.owner(CHANNELS[0]!)!;
    const its = CHANNELS.filter((c) => world.owner(c) === victim);
    const second = all.filter((i) => its.includes(channelOf(i))).slice(0, 60);
    send(2, second);
    await world.until(() => its.every((c) => world.unacked(c) === 0), 'round 2 accepted');
    await children.get(victim)!.kill('SIGKILL');
    const killedAt = Date.now();
    // On a loaded machine some windows end before the kill: the victim answered those.
    const beforeKill = world.replies.length;
    const survivors = PROCESSES.filter((p) => p !== victim);
    await world.until(balanced(survivors), 'the victim’s channels taken over');
    const movedAfterMs = Date.now() - killedAt;
    // Lease expiry plus one renewal round; the slack covers a loaded machine.
    expect(movedAfterMs).toBeLessThan(LEASE_TTL_MS * 3);

    await world.until(() => repliesTo(2).length >= second.length, 'round 2 answers', 60_000);
    await eventually(async () => (await pendingFlushes()) === 0, 'round 2 flush jobs done');
    expectEachAnsweredOnce(2, second);
    for (const r of world.replies.slice(beforeKill)) expect(survivors).toContain(r.sender);
    expect(world.conflicts).toEqual([]);

    // The migrations ran once although three processes started together.
    const store = await createPostgresStore({ connectionString: postgresUrl!, schema });
    const { rows } = await store.database.query(
      `SELECT version FROM "${schema}".migrations ORDER BY version`,
    );
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version })));
    await store.close();

    for (const name of survivors) {
      const child = children.get(name)!;
      await child.kill('SIGTERM');
      expect(child.process.exitCode ?? child.process.signalCode).toBe(0);
    }
  }, 180_000);
});
