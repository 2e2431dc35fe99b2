import type { Logger } from '@parley/core';
import type { RetentionPolicy, RetentionPolicyConfig, RetentionReport } from './policy.js';

/** Options of `dataManagement()`: the policies and when they run. */
export interface DataManagementOptions {
  /** Policies per tenant id, given in code. `setPolicy` overrides them at runtime. */
  policies?: Record<string, RetentionPolicy>;
  /** When scheduled runs happen: every day at `at` (`HH:MM`, default `03:00`) in `timeZone` (default UTC). */
  schedule?: { at?: string; timeZone?: string };
  /** Told about every run, scheduled or not. */
  onReport?(report: RetentionReport): void;
  /** Default: the desk's logger. */
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
  /** Schedules the daily job of every tenant with a policy (the plug-in does it on `desk.start()`). */
  start(): Promise<void>;
}
