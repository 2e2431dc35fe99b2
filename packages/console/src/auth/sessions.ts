import { createHash, randomBytes } from 'node:crypto';
import type { KeyValue } from '@parley/core';
import type { ConsoleOperator } from '../operator.js';

interface SessionRecord {
  operator: ConsoleOperator;
  csrf: string;
}

export interface Session extends SessionRecord {
  token: string;
}

// Sessions are stored under a hash of their token: a leaked store cannot sign anyone in.
const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Server-side sessions in the desk's store, so every process behind a balancer shares them. */
export function createSessions(kv: KeyValue, ttlMs: number) {
  return {
    async create(operator: ConsoleOperator): Promise<Session> {
      const token = randomBytes(32).toString('base64url');
      const record: SessionRecord = { operator, csrf: randomBytes(24).toString('base64url') };
      await kv.set(keyOf(token), record, { ttlMs });
      return { token, ...record };
    },
    async read(token: string | undefined): Promise<Session | undefined> {
      if (!token || token.length > 100) return undefined;
      const record = await kv.get<SessionRecord>(keyOf(token));
      return record ? { token, ...record } : undefined;
    },
    async remove(token: string): Promise<void> {
      await kv.delete(keyOf(token));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
