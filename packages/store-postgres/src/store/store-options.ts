import type { Clock, Logger } from '@parley/core';
import { z } from 'zod';
import { schemaPattern } from '../db/names.js';
import type { PostgresStore } from './postgres-store.js';

const injected = <T>(what: string, method: string) =>
  z.custom<T>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as Record<string, unknown>)[method] === 'function',
    what,
  );

export const clockOption = injected<Clock>('expected a Clock with now() and setTimeout()', 'now');
export const loggerOption = injected<Logger>(
  'expected a logger with debug/info/warn/error',
  'warn',
);

/** The store a scheduler, leases or fan-out work on. */
export const storeOption = z.custom<PostgresStore>(
  (v) => typeof v === 'object' && v !== null && 'database' in v && 'schema' in v,
  'expected a store from createPostgresStore() or createPgliteStore()',
);

/** Options every Postgres-backed store shares. */
export const commonStoreOptions = {
  /** Postgres schema for Parley's tables (default `parley`); created when missing. */
  schema: z
    .string()
    .regex(schemaPattern, 'use lower-case letters, digits and "_" (at most 40), like "parley"')
    .default('parley'),
  /** Clock for claim, key-value, job and lease expiry (default: system clock). */
  clock: clockOption.optional(),
  logger: loggerOption.optional(),
  /**
   * `auto` (default): serve inbox search with pg_trgm indexes, creating the extension
   * when allowed. `off`: never create extensions; search filters rows.
   */
  search: z.enum(['auto', 'off']).default('auto'),
};
