import { ParleyError, parseOrThrow } from '@parley/core';
import { newId } from '@parley/core/internal';
import { z } from 'zod';
import { decodeJson, encodeJson } from '../codec/json-codec.js';
import { channelName, tablesOf } from '../db/names.js';
import { loggerOption, storeOption } from '../store/store-options.js';

// NOTIFY payloads must stay under 8,000 bytes; bigger messages go through a table row.
const NOTIFY_LIMIT = 7_500;
const KEEP_ROWS_MS = 60_000;

const optionsSchema = z
  .object({
    store: storeOption,
    /** Fan-outs on the same store but another `name` never see each other (default `parley`). */
    name: z
      .string()
      .regex(/^[a-z0-9_]{1,20}$/, 'use up to 20 lower-case letters, digits or "_"')
      .default('parley'),
    logger: loggerOption.optional(),
  })
  .strict();

export type FanoutOptions = z.input<typeof optionsSchema>;

export interface FanoutMessage<T = unknown> {
  topic: string;
  payload: T;
  /** The publishing process's id (`fanout.origin`), to skip your own echoes if you like. */
  origin: string;
}

export interface Fanout {
  /** This process's id, carried by each message it publishes. */
  readonly origin: string;
  /**
   * Sends `payload` (JSON; dates and bytes survive) to every subscriber of `topic` in
   * every process sharing the database, this one included. Resolves once committed.
   */
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * Calls `handler` for each message on `topic` — or, with a trailing `*`, on every topic
   * starting with what precedes it (`tenant:acme:*`). Returns the unsubscribe function.
   */
  subscribe<T = unknown>(
    topic: string,
    handler: (message: FanoutMessage<T>) => unknown,
  ): () => void;
  close(): Promise<void>;
}

type Envelope = { t: string; o: string; p: unknown };

/**
 * Cross-process publish/subscribe over LISTEN/NOTIFY, for live chat and operator
 * consoles: a visitor connected to process A sees an operator reply sent through
 * process B. Delivery is at most once and only to processes listening at that moment
 * (a client that reconnects reloads from the store); messages from one publisher
 * arrive in order.
 */
export async function createFanout(options: FanoutOptions): Promise<Fanout> {
  const o = parseOrThrow(optionsSchema, options, 'createFanout options');
  const { store } = o;
  const db = store.database;
  const logger = o.logger ?? store.logger;
  const table = tablesOf(store.schema).fanout;
  const channel = channelName(store.schema, `fan_${o.name}`);
  const origin = newId('proc');
  const exact = new Map<string, Set<(m: FanoutMessage<never>) => unknown>>();
  const prefixes = new Map<string, Set<(m: FanoutMessage<never>) => unknown>>();
  let inbound: Promise<void> = Promise.resolve();
  let closed = false;

  function dispatch(envelope: Envelope) {
    const message = { topic: envelope.t, payload: envelope.p as never, origin: envelope.o };
    const handlers = [...(exact.get(envelope.t) ?? [])];
    for (const [prefix, set] of prefixes) if (envelope.t.startsWith(prefix)) handlers.push(...set);
    for (const handler of handlers) {
      try {
        const result = handler(message);
        if (result instanceof Promise) {
          result.catch((error) =>
            logger.error('parley: fan-out handler failed', { error: String(error) }),
          );
        }
      } catch (error) {
        logger.error('parley: fan-out handler failed', { topic: envelope.t, error: String(error) });
      }
    }
  }

  async function receive(raw: string) {
    const note = decodeJson<Envelope | { r: string }>(raw);
    if ('r' in note) {
      const { rows } = await db.query<{ payload: string }>(
        `SELECT payload FROM ${table} WHERE id = $1`,
        [note.r],
      );
      if (rows[0]) dispatch(decodeJson<Envelope>(rows[0].payload));
      else logger.warn('parley: fan-out message expired before it was read', { id: note.r });
      return;
    }
    dispatch(note);
  }

  const unlisten = await db.listen(channel, (raw) => {
    // One at a time, so a large message fetched from the table keeps its place in line.
    inbound = inbound
      .then(() => receive(raw))
      .catch((error) =>
        logger.error('parley: fan-out message unreadable', { error: String(error) }),
      );
  });

  return {
    origin,
    async publish(topic, payload) {
      if (closed) throw new ParleyError('CONFLICT', 'This fan-out is closed; create a new one.');
      if (!topic || topic.endsWith('*')) {
        throw new ParleyError(
          'INPUT_INVALID',
          `Publish to a concrete topic (got "${topic}"); "*" is for subscribing.`,
        );
      }
      const envelope = encodeJson({ t: topic, o: origin, p: payload } satisfies Envelope);
      if (Buffer.byteLength(envelope) <= NOTIFY_LIMIT) {
        await db.query('SELECT pg_notify($1, $2)', [channel, envelope]);
        return;
      }
      const now = store.clock.now();
      await db.query(
        `WITH old AS (DELETE FROM ${table} WHERE created_at < $4),
              saved AS (INSERT INTO ${table} (topic, payload, created_at) VALUES ($2, $3, $5)
                        RETURNING id)
         SELECT pg_notify($1, '{"v":{"r":"' || id || '"}}') FROM saved`,
        [channel, topic, envelope, new Date(now.getTime() - KEEP_ROWS_MS), now],
      );
    },
    subscribe<T>(topic: string, handler: (message: FanoutMessage<T>) => unknown) {
      if (!topic) throw new ParleyError('INPUT_INVALID', 'Subscribe to a topic, or "prefix*".');
      const wildcard = topic.endsWith('*');
      const map = wildcard ? prefixes : exact;
      const key = wildcard ? topic.slice(0, -1) : topic;
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      const h = handler as (m: FanoutMessage<never>) => unknown;
      set.add(h);
      return () => {
        set.delete(h);
        if (set.size === 0) map.delete(key);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      exact.clear();
      prefixes.clear();
      await unlisten();
      await inbound;
    },
  };
}
