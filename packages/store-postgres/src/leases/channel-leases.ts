import { hostname } from 'node:os';
import type { TimerHandle } from '@parley/core';
import { ParleyError, parseOrThrow } from '@parley/core';
import { newId } from '@parley/core/internal';
import { z } from 'zod';
import { channelName, tablesOf } from '../db/names.js';
import { clockOption, loggerOption, storeOption } from '../store/store-options.js';
import { leaseSql } from './lease-sql.js';

/** Why a process stops running a channel. */
export type ReleaseReason = 'lost' | 'rebalance' | 'removed' | 'stopped';

const fn = <T>(what: string) => z.custom<T>((v) => typeof v === 'function', what);

const optionsSchema = z
  .object({
    store: storeOption,
    /** Channel ids shared out between the processes (more with `add`). */
    channels: z.array(z.string().min(1)).default([]),
    /** Starts the channel here: this process now owns it. */
    onAcquire: fn<(channelId: string) => unknown>('expected a function (channelId) => ...'),
    /** Stops the channel here; awaited before the lease is given up. */
    onRelease: fn<(channelId: string, reason: ReleaseReason) => unknown>(
      'expected a function (channelId, reason) => ...',
    ),
    /**
     * How long a lease lives without renewal (default 15 s): a dead process's channels
     * move within this (plus one renewal round).
     */
    ttlMs: z.number().int().min(100).default(15_000),
    /** How often leases are renewed and free channels looked for (default ttl / 3). */
    renewEveryMs: z.number().int().min(10).optional(),
    /** This process's name in the lease table (default host:pid:random). */
    owner: z.string().min(1).max(200).optional(),
    /** Processes that share out the same channels (default `default`). */
    group: z.string().min(1).max(100).default('default'),
    clock: clockOption.optional(),
    logger: loggerOption.optional(),
  })
  .refine((o) => o.renewEveryMs === undefined || o.renewEveryMs * 2 <= o.ttlMs, {
    message: 'renewEveryMs must be at most half of ttlMs, or leases lapse between renewals',
  });

export type ChannelLeasesOptions = z.input<typeof optionsSchema>;

export interface ChannelLeases {
  /** This process's owner name. */
  readonly owner: string;
  /** Channels this process owns now (a scheduler's `lanes`). */
  owned(): string[];
  isOwner(channelId: string): boolean;
  /** Adds a channel to share out; some process takes it on its next round. */
  add(channelId: string): void;
  /** Stops sharing a channel; stops it here first if this process owns it. */
  remove(channelId: string): Promise<void>;
  /** Current owners of every channel (status pages). */
  owners(): Promise<Array<{ channelId: string; owner: string; token: string; expiresAt: Date }>>;
  /** Joins: renews on a timer and takes free channels up to a fair share. */
  start(): Promise<void>;
  /** Runs one renewal round now (tests, or after a known change). */
  renew(): Promise<void>;
  /** Stops every owned channel, gives the leases up at once, and leaves the group. */
  stop(): Promise<void>;
}

const leaseName = (channelId: string) => `channel:${channelId}`;

/**
 * Channel ownership across processes: each stateful channel (a WhatsApp number holds
 * one socket) is run by exactly one process, through a lease renewed on a timer. A
 * process takes free or expired leases up to a fair share of the live processes, gives
 * extras back when processes join, and stops a channel when its lease is lost. When a
 * process dies, its leases expire and the others take its channels over.
 */
export function createChannelLeases(options: ChannelLeasesOptions): ChannelLeases {
  const o = parseOrThrow(optionsSchema, options, 'createChannelLeases options');
  const { store } = o;
  const db = store.database;
  const clock = o.clock ?? store.clock;
  const logger = o.logger ?? store.logger;
  const sql = leaseSql(tablesOf(store.schema));
  const notifyChannel = channelName(store.schema, 'leases');
  const renewEvery = o.renewEveryMs ?? Math.floor(o.ttlMs / 3);
  const owner = o.owner ?? `${hostname()}:${process.pid}:${newId('lease')}`;
  const channels = new Set(o.channels);
  /** Owned channel → when our lease surely lapses if not renewed. */
  const owned = new Map<string, number>();
  let timer: TimerHandle | undefined;
  let running = false;
  let round: Promise<void> | undefined;
  let roundAgain = false;
  let rounds = 0;
  let unlisten: (() => Promise<void>) | undefined;

  async function release(ids: string[], reason: ReleaseReason, giveBack: boolean) {
    for (const id of ids) {
      owned.delete(id);
      try {
        await o.onRelease(id, reason);
      } catch (error) {
        logger.error('parley: stopping a channel failed', { channelId: id, error: String(error) });
      }
    }
    if (giveBack && ids.length > 0) {
      await db.query(sql.release, [ids.map(leaseName), owner]);
      await db.query('SELECT pg_notify($1, $2)', [notifyChannel, owner]);
    }
  }

  async function acquire(id: string, expiresAt: Date, now: Date): Promise<boolean> {
    const { rows } = await db.query(sql.acquire, [leaseName(id), owner, expiresAt, now]);
    if (rows.length === 0) return false;
    owned.set(id, expiresAt.getTime());
    try {
      await o.onAcquire(id);
      return true;
    } catch (error) {
      logger.error('parley: starting a channel failed; giving its lease back', {
        channelId: id,
        error: String(error),
      });
      owned.delete(id);
      await db.query(sql.release, [[leaseName(id)], owner]);
      return false;
    }
  }

  async function oneRound(): Promise<void> {
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + o.ttlMs);
    try {
      const { rows } = await db.query<{ members: number }>(sql.heartbeat, [
        o.group,
        owner,
        expiresAt,
        now,
      ]);
      const members = Math.max(1, Number(rows[0]?.members ?? 1));
      if (owned.size > 0) {
        const mine = [...owned.keys()];
        const renewed = await db.query<{ name: string }>(sql.renew, [
          owner,
          mine.map(leaseName),
          expiresAt,
        ]);
        const kept = new Set(renewed.rows.map((r) => r.name));
        const lost = mine.filter((id) => !kept.has(leaseName(id)));
        for (const id of mine) if (kept.has(leaseName(id))) owned.set(id, expiresAt.getTime());
        if (lost.length > 0) {
          logger.warn('parley: channel leases taken over by another process', { channels: lost });
          await release(lost, 'lost', false);
        }
      }
      if (!running) return;
      const share = Math.ceil(channels.size / members);
      if (owned.size > share) {
        const extra = [...owned.keys()].sort().slice(share);
        await release(extra, 'rebalance', true);
      }
      for (const id of [...channels].sort()) {
        if (owned.size >= share || !running) break;
        if (owned.has(id)) continue;
        await acquire(id, expiresAt, now);
      }
      if (++rounds % 20 === 0)
        await db.query(sql.forget, [o.group, new Date(now.getTime() - 10 * o.ttlMs)]);
    } catch (error) {
      logger.error('parley: lease round failed', { error: String(error) });
      // Whatever we could not renew lapses at its own time; stop it a round early so
      // two processes never run one channel.
      const deadline = clock.now().getTime() + renewEvery;
      const lapsing = [...owned].filter(([, until]) => until <= deadline).map(([id]) => id);
      if (lapsing.length > 0) await release(lapsing, 'lost', false);
    }
  }

  function runRound(): Promise<void> {
    if (round) {
      roundAgain = true;
      return round;
    }
    round = (async () => {
      do {
        roundAgain = false;
        await oneRound();
      } while (roundAgain && running);
    })().finally(() => {
      round = undefined;
    });
    return round;
  }

  function schedule() {
    timer?.cancel();
    if (!running) return;
    timer = clock.setTimeout(async () => {
      await runRound();
      schedule();
    }, renewEvery);
  }

  return {
    owner,
    owned: () => [...owned.keys()],
    isOwner: (id) => owned.has(id),
    add(id) {
      if (!id) throw new ParleyError('INPUT_INVALID', 'A channel id is needed to share it out.');
      channels.add(id);
      if (running) void runRound();
    },
    async remove(id) {
      channels.delete(id);
      if (owned.has(id)) await release([id], 'removed', true);
    },
    async owners() {
      const { rows } = await db.query<{
        name: string;
        owner: string;
        token: string;
        expires_at: Date;
      }>(sql.owners, [[...channels].map(leaseName)]);
      return rows.map((r) => ({
        channelId: r.name.slice('channel:'.length),
        owner: r.owner,
        token: r.token,
        expiresAt: new Date(r.expires_at),
      }));
    },
    async start() {
      if (running) return;
      running = true;
      // Another process giving channels back wakes us at once, not a round later.
      unlisten = await db.listen(notifyChannel, (from) => {
        if (from !== owner && running) void runRound();
      });
      await runRound();
      schedule();
    },
    renew: runRound,
    async stop() {
      running = false;
      timer?.cancel();
      await round?.catch(() => {});
      await unlisten?.().catch(() => {});
      await release([...owned.keys()], 'stopped', true).catch((error) =>
        logger.error('parley: giving leases back failed', { error: String(error) }),
      );
      await db.query(sql.leave, [o.group, owner]).catch(() => {});
    },
  };
}
