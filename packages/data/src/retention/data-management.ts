import {
  createBusinessHours,
  type Desk,
  type Logger,
  ParleyError,
  parseOrThrow,
  silentLogger,
} from '@parley/core';
import { z } from 'zod';
import { dataStoreOf } from '../source.js';
import { applyContactRule, applyMessageRule } from './apply-policy.js';
import {
  type RetentionPolicy,
  type RetentionPolicyConfig,
  type RetentionReport,
  retentionPolicySchema,
} from './policy.js';

export const RETENTION_JOB = 'parley.data-retention';
const REPORTS_KEPT = 30;

export interface DataManagementOptions {
  desk: Pick<Desk, 'store' | 'scheduler' | 'clock' | 'tenant'>;
  /** Policies per tenant id, given in code. `setPolicy` overrides them at runtime. */
  policies?: Record<string, RetentionPolicy>;
  /** When scheduled runs happen: every day at `at` (`HH:MM`, default `03:00`) in `timeZone` (default UTC). */
  schedule?: { at?: string; timeZone?: string };
  /** Told about every run, scheduled or not. */
  onReport?(report: RetentionReport): void;
  logger?: Logger;
}

/** Retention and clean-up of one desk's tenants (IN8), run on demand or as daily jobs. */
export interface DataManagement {
  /** Sets (or with `undefined`, removes) a tenant's policy and (re)schedules its job. */
  setPolicy(tenantId: string, policy: RetentionPolicy | undefined): Promise<void>;
  /** The tenant's policy: set at runtime, else given in code. */
  policy(tenantId: string): Promise<RetentionPolicyConfig | undefined>;
  /** Applies the tenant's policy now; `dryRun` only reports what would change. */
  run(tenantId: string, options?: { dryRun?: boolean }): Promise<RetentionReport>;
  /** The last runs' reports, newest first (30 kept per tenant). */
  reports(tenantId: string): Promise<RetentionReport[]>;
  /** Schedules the daily job of every tenant with a policy. Call once at start-up. */
  start(): Promise<void>;
}

const optionsSchema = z
  .object({
    desk: z.custom<DataManagementOptions['desk']>(
      (v) => typeof v === 'object' && v !== null && 'scheduler' in v && 'store' in v,
      'expected a desk from createDesk()',
    ),
    policies: z.record(z.string().min(1), retentionPolicySchema).default({}),
    schedule: z
      .object({
        at: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write a time of day as "HH:MM"')
          .default('03:00'),
        timeZone: z.string().default('UTC'),
      })
      .strict()
      .default({ at: '03:00', timeZone: 'UTC' }),
    onReport: z
      .custom<DataManagementOptions['onReport']>((v) => typeof v === 'function')
      .optional(),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
  })
  .strict();

type StoredReport = Omit<RetentionReport, 'at'> & { at: string };

/**
 * Data management (IN8): per-tenant retention of messages (delete or anonymise after N
 * days) and clean-up of inactive contacts, each run as a daily scheduler job (durable
 * with the Postgres scheduler) or on demand, with dry runs that only report. Create it
 * before `desk.start()`: it registers its job type.
 */
export function createDataManagement(options: DataManagementOptions): DataManagement {
  const o = parseOrThrow(optionsSchema, options, 'createDataManagement options');
  const { desk } = o;
  const logger = o.logger ?? silentLogger;
  const kv = desk.store.kv('data');
  const slot = o.schedule.at;
  const [hh, mm] = slot.split(':').map(Number) as [number, number];
  const end = `${String(mm === 59 ? hh + 1 : hh).padStart(2, '0')}:${String((mm + 1) % 60).padStart(2, '0')}`;
  // The run time as one-minute "opening hours": nextOpening finds the next run for us,
  // with time zones and DST handled by core.
  const daily = createBusinessHours({
    timeZone: o.schedule.timeZone,
    weekly: Object.fromEntries(
      ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [`${slot}-${end}`]]),
    ),
  });
  const jobId = (tenantId: string) => `data-retention/${tenantId}`;

  async function policy(tenantId: string): Promise<RetentionPolicyConfig | undefined> {
    const stored = await kv.get<RetentionPolicyConfig | null>(`policy/${tenantId}`);
    if (stored === null) return undefined;
    return stored ?? o.policies[tenantId];
  }

  async function schedule(tenantId: string): Promise<void> {
    const now = desk.clock.now().getTime();
    const next = daily.nextOpening(new Date(now + 60_001))!;
    await desk.scheduler.schedule({
      id: jobId(tenantId),
      type: RETENTION_JOB,
      runAt: next,
      payload: { tenantId },
    });
  }

  async function run(tenantId: string, opts: { dryRun?: boolean } = {}): Promise<RetentionReport> {
    const p = await policy(tenantId);
    if (!p) {
      throw new ParleyError(
        'NOT_FOUND',
        `Tenant "${tenantId}" has no retention policy; set one with setPolicy("${tenantId}", { messages: { olderThanDays: 90, action: 'anonymise' } }).`,
      );
    }
    const store = dataStoreOf(desk);
    const dryRun = opts.dryRun ?? p.dryRun;
    const now = desk.clock.now();
    const report: RetentionReport = { tenantId, dryRun, at: now };
    if (p.messages)
      report.messages = await applyMessageRule(store, tenantId, p.messages, now, dryRun);
    if (p.inactiveContacts)
      report.inactiveContacts = await applyContactRule(
        store,
        tenantId,
        p.inactiveContacts,
        now,
        dryRun,
      );
    const stored: StoredReport = JSON.parse(JSON.stringify(report));
    const previous = (await kv.get<StoredReport[]>(`reports/${tenantId}`)) ?? [];
    await kv.set(`reports/${tenantId}`, [stored, ...previous].slice(0, REPORTS_KEPT));
    o.onReport?.(report);
    logger.info('parley data: retention run', { tenantId, dryRun });
    return report;
  }

  desk.scheduler.define<{ tenantId: string }>(RETENTION_JOB, async (job) => {
    const { tenantId } = job.payload;
    if (!(await policy(tenantId))) return;
    try {
      await run(tenantId);
    } finally {
      await schedule(tenantId);
    }
  });

  return {
    async setPolicy(tenantId, input) {
      if (input === undefined) {
        await kv.set(`policy/${tenantId}`, null);
        await desk.scheduler.cancel(jobId(tenantId));
        return;
      }
      const parsed = parseOrThrow(
        retentionPolicySchema,
        input,
        `retention policy of "${tenantId}"`,
        'INPUT_INVALID',
      );
      await kv.set(`policy/${tenantId}`, parsed);
      await schedule(tenantId);
    },
    policy,
    run,
    async reports(tenantId) {
      const stored = (await kv.get<StoredReport[]>(`reports/${tenantId}`)) ?? [];
      return stored.map(revive);
    },
    async start() {
      const tenants = new Set(Object.keys(o.policies));
      for (const { key } of await kv.list('policy/')) tenants.add(key.slice('policy/'.length));
      for (const tenantId of tenants) if (await policy(tenantId)) await schedule(tenantId);
    },
  };
}

function revive(r: StoredReport): RetentionReport {
  const date = (v: unknown) => new Date(v as string);
  return {
    ...r,
    at: date(r.at),
    ...(r.messages && { messages: { ...r.messages, before: date(r.messages.before) } }),
    ...(r.inactiveContacts && {
      inactiveContacts: {
        ...r.inactiveContacts,
        before: date(r.inactiveContacts.before),
        sample: r.inactiveContacts.sample.map((s) => ({ ...s, lastSeenAt: date(s.lastSeenAt) })),
      },
    }),
  };
}
