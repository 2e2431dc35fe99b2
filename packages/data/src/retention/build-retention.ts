import {
  type Clock,
  createBusinessHours,
  type KeyValue,
  type Logger,
  ParleyError,
  parseOrThrow,
} from '@parley/core';
import type { DataManagement } from './api.js';
import { applyContactRule, applyMessageRule, type RetentionAccess } from './apply-policy.js';
import type { DataManagementConfig } from './options.js';
import {
  type RetentionPolicyConfig,
  type RetentionReport,
  retentionPolicySchema,
} from './policy.js';

const REPORTS_KEPT = 30;

/** What retention needs of a desk: the plug-in API's members, never the raw store. */
export interface RetentionHost {
  /** Policies and reports (`store.kv('data')`). */
  readonly storage: KeyValue;
  /** Scans and erasure; throws CONFIG_INVALID on a store that cannot scan or erase. */
  access(): RetentionAccess;
  readonly jobs: {
    schedule(job: { id: string; runAt: Date; payload: { tenantId: string } }): Promise<void>;
    cancel(id: string): Promise<boolean>;
  };
  readonly clock: Clock;
  readonly logger: Logger;
}

type StoredReport = Omit<RetentionReport, 'at'> & { at: string };

/**
 * Retention (IN8) on a host: per-tenant policies, runs on demand or as daily jobs, and
 * the handler of that job.
 */
export function buildRetention(
  host: RetentionHost,
  o: DataManagementConfig,
): { data: DataManagement; runJob(payload: { tenantId: string }): Promise<void> } {
  const kv = host.storage;
  const logger = o.logger ?? host.logger;
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
    const now = host.clock.now().getTime();
    const next = daily.nextOpening(new Date(now + 60_001))!;
    await host.jobs.schedule({ id: jobId(tenantId), runAt: next, payload: { tenantId } });
  }

  async function run(tenantId: string, opts: { dryRun?: boolean } = {}): Promise<RetentionReport> {
    const p = await policy(tenantId);
    if (!p) {
      throw new ParleyError(
        'NOT_FOUND',
        `Tenant "${tenantId}" has no retention policy; set one with setPolicy("${tenantId}", { messages: { olderThanDays: 90, action: 'anonymise' } }).`,
      );
    }
    const access = host.access();
    const dryRun = opts.dryRun ?? p.dryRun;
    const now = host.clock.now();
    const report: RetentionReport = { tenantId, dryRun, at: now };
    if (p.messages)
      report.messages = await applyMessageRule(access, tenantId, p.messages, now, dryRun);
    if (p.inactiveContacts)
      report.inactiveContacts = await applyContactRule(
        access,
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

  const data: DataManagement = {
    async setPolicy(tenantId, input) {
      if (input === undefined) {
        await kv.set(`policy/${tenantId}`, null);
        await host.jobs.cancel(jobId(tenantId));
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
  return {
    data,
    async runJob({ tenantId }) {
      if (!(await policy(tenantId))) return;
      try {
        await run(tenantId);
      } finally {
        await schedule(tenantId);
      }
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
