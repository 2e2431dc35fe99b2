import { createHash, randomBytes } from 'node:crypto';
import type { KeyValue } from '@parley/core';
import type { WireMessage } from '../protocol.js';
import { keyedQueue } from './keyed-queue.js';

/** A visitor as the channel knows it: where replies go and who they said they are. */
export interface VisitorSession {
  /** The contact's address on the channel: the identifier, or `visitor:<random>`. */
  address: string;
  /** Set when the visitor proved an identifier (CH7). */
  identifier?: string;
  name?: string;
  email?: string;
  /** From the pre-chat form, in E.164. */
  phone?: string;
  /** The widget's language (`data-lang`), passed to the desk with each message. */
  language?: string;
}

export interface VisitorStoreOptions {
  kv: KeyValue;
  ttlMs: number;
  /** Read marks kept per visitor and direction (the history's length is plenty). */
  readLimit: number;
}

/** Wire ids read so far: `in` by the business, `out` by the visitor. */
type ReadMarks = Record<WireMessage['dir'], string[]>;

/**
 * What the channel keeps beside the desk's own records, in the channel's `kv` so it
 * lives as long as the desk's store: sessions under their resume tokens, read marks
 * (the store has no per-message read state), and the display names of authors (for
 * history; the store keeps author ids only). Messages themselves are the desk's: the
 * history comes from `ctx.listMessages`. Tokens are stored only as SHA-256 digests:
 * reading the store does not hand out sessions.
 */
export function visitorStore({ kv, ttlMs, readLimit }: VisitorStoreOptions) {
  const serial = keyedQueue();
  const names = new Map<string, string>();
  const tokenKey = (token: string) => `token:${createHash('sha256').update(token).digest('hex')}`;
  const readKey = (address: string) => `read:${address}`;
  const nameKey = (author: string) => `author:${author}`;

  const readMarks = async (address: string): Promise<ReadMarks> =>
    (await kv.get<ReadMarks>(readKey(address))) ?? { in: [], out: [] };

  return {
    async resolve(token: string): Promise<VisitorSession | undefined> {
      return kv.get<VisitorSession>(tokenKey(token));
    },

    /** Saves (or refreshes) a session under a token; a new token when none is given. */
    async save(session: VisitorSession, token = randomBytes(24).toString('base64url')) {
      await kv.set(tokenKey(token), session, { ttlMs });
      return token;
    },

    readMarks,

    /** Records that messages of one direction were read; returns the ids newly marked. */
    markRead(address: string, dir: WireMessage['dir'], ids: readonly string[]) {
      return serial(address, async () => {
        const marks = await readMarks(address);
        const fresh = [...new Set(ids)].filter((id) => !marks[dir].includes(id));
        if (fresh.length === 0) return fresh;
        marks[dir] = [...marks[dir], ...fresh].slice(-readLimit);
        await kv.set(readKey(address), marks, { ttlMs });
        return fresh;
      });
    },

    /** Remembers an author's display name (`operator:maria` → "Maria"); writes only changes. */
    async rememberName(author: string, name: string): Promise<void> {
      if (names.get(author) === name) return;
      names.set(author, name);
      await kv.set(nameKey(author), name, { ttlMs });
    },

    async nameOf(author: string): Promise<string | undefined> {
      const known = names.get(author);
      if (known !== undefined) return known;
      const stored = await kv.get<string>(nameKey(author));
      if (stored !== undefined) names.set(author, stored);
      return stored;
    },
  };
}

export type VisitorStore = ReturnType<typeof visitorStore>;
