import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, startChild } from './support/child.js';
import {
  describeCustomer,
  dropServerSchema,
  postgresUrl,
  uniqueSchema,
} from './support/databases.js';
import { startWorld, type World } from './support/world.js';

const CHANNELS = ['wa-1', 'wa-2', 'wa-3', 'wa-4', 'wa-5', 'wa-6'];
const CONVERSATIONS = 1000;
const MESSAGES = 2;
const LEASE_TTL_MS = 2000;
const PROCESSES = ['p1', 'p2', 'p3'];

const channelOf = (i: number) => CHANNELS[i % CHANNELS.length]!;
const text = (i: number, n: number) => `c${i} m${n}`;

// Needs a Postgres server: three processes cannot share a PGlite data directory.
describe.skipIf(!postgresUrl)(
  'three processes, one killed during a burst (Postgres server; skipped without PARLEY_TEST_POSTGRES_URL)',
  () => {
    const schema = uniqueSchema('burstkill');
    let world: World;
    const children = new Map<string, Child>();

    beforeAll(async () => {
      world = await startWorld();
    });
    afterAll(async () => {
      for (const c of children.values()) await c.kill();
      await world?.close();
      if (!process.env.KEEP_SCHEMA) await dropServerSchema(schema);
      else console.info(`kept schema ${schema}`);
    });

    /** The customer messages each reply answers (the echo assistant joins a turn's texts). */
    const answered = (to: string) =>
      world.replies
        .filter((r) => r.to === to)
        .flatMap((r) => r.text.replace(/^echo: /, '').split(' + '));
    const done = () => {
      const counts = new Map<string, number>();
      for (const r of world.replies)
        counts.set(r.to, (counts.get(r.to) ?? 0) + r.text.split(' + ').length);
      let complete = 0;
      for (const n of counts.values()) if (n >= MESSAGES) complete++;
      return complete === CONVERSATIONS;
    };

    it('PL3/P-14: a burst across 1,000 conversations while one of three processes is SIGKILLed: every message answered once, in order', async () => {
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
            WINDOW_MS: '0',
            IDEMPOTENT: '1',
            CONCURRENCY: '16',
          }),
        );
      }
      const startedAt = Date.now();
      for (const c of children.values()) await c.next();
      await world.until(
        () => CHANNELS.every((c) => world.owner(c) !== undefined),
        'every channel owned',
      );

      const burstAt = Date.now();
      for (let n = 1; n <= MESSAGES; n++) {
        for (let i = 0; i < CONVERSATIONS; i++) {
          world.inject(channelOf(i), {
            externalId: `c${i}-m${n}`,
            from: `c${i}`,
            text: text(i, n),
          });
        }
      }
      // Killed mid-burst: some of its turns accepted and not run, some running, some sent.
      await world.until(() => world.replies.length >= 500, 'the burst under way', 60_000);
      const victim = world.owner(CHANNELS[0]!)!;
      const its = CHANNELS.filter((c) => world.owner(c) === victim);
      await children.get(victim)!.kill('SIGKILL');
      const killedAfter = world.replies.length;
      const killAt = Date.now();
      const progress: number[] = [];
      const timer = setInterval(() => progress.push(world.replies.length), 5_000);
      const survivors = PROCESSES.filter((p) => p !== victim);

      await world.until(done, 'every message answered', 120_000).catch(async (error: Error) => {
        const missing = Array.from({ length: CONVERSATIONS }, (_, i) => `c${i}`).filter(
          (to) => answered(to).length < MESSAGES,
        );
        const logs = [...children.values()].map((c) => c.output().slice(-2000)).join('\n');
        const first = missing[0];
        const stored = first ? await describeCustomer(schema, first) : '';
        const sent = world.replies.filter((r) => r.to === first);
        const repeated = world.repeats.filter((r) => r.to === first);
        throw new Error(
          `${error.message}\n${first}: sent ${JSON.stringify(sent)}, repeats ${JSON.stringify(repeated)}, victim ${victim}, its channels ${its.join(',')}\n${stored}\n` +
            `${error.message}: ${missing.length} conversations incomplete, e.g. ${missing
              .slice(0, 5)
              .map((to) => `${to} (${channelOf(Number(to.slice(1)))}): ${answered(to).join(', ')}`)
              .join('; ')}; unacked ${CHANNELS.map((c) => world.unacked(c)).join('/')}\n${logs}`,
        );
      });
      clearInterval(timer);
      const completeMs = Date.now() - killAt;
      for (let i = 0; i < CONVERSATIONS; i++) {
        expect(answered(`c${i}`), `conversation c${i}`).toEqual(
          Array.from({ length: MESSAGES }, (_, n) => text(i, n + 1)),
        );
      }
      // The victim's channels were answered by the survivors after the kill.
      const takenOver = world.replies
        .slice(killedAfter)
        .filter((r) => its.includes(r.channel) && survivors.includes(r.sender));
      expect(takenOver.length).toBeGreaterThan(0);
      expect(world.conflicts).toEqual([]);
      // Repeats are sends the re-run made under an id the world had seen (dropped there).
      console.info(
        JSON.stringify({
          replies: world.replies.length,
          repeatsDropped: world.repeats.length,
          startMs: burstAt - startedAt,
          untilKillMs: killAt - burstAt,
          afterKillMs: completeMs,
          repliesEvery5s: progress,
        }),
      );
    }, 180_000);
  },
);
