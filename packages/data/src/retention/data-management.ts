import { type DeskPlugin, ParleyError, type PluginApi, parseOrThrow } from '@parley/core';
import type { DataScans, DataSource } from '../source.js';
import type { DataManagement, DataManagementOptions } from './api.js';
import { buildRetention } from './build-retention.js';
import { dataManagementOptionsSchema } from './options.js';

/**
 * The data plug-in: retention (IN8) as `DataManagement`, and a `DataSource` for
 * `exportData(plugin, ...)` (IN7).
 */
export interface DataManagementPlugin
  extends Omit<DeskPlugin, 'start'>,
    DataManagement,
    DataSource {
  readonly id: 'data';
  readonly scans: DataScans;
}

/**
 * Data management as a desk plug-in: `createDesk({ plugins: [dataManagement({ policies })] })`.
 * Policies and reports live in its storage (`store.kv('data')`, as before); the daily runs
 * are the desk job `data:retention`, scheduled on `desk.start()`. It reads through the
 * plug-in API's scans and removes through its erasure (`needs: ['erasure']`), never the
 * raw store.
 */
export function dataManagement(options: DataManagementOptions = {}): DataManagementPlugin {
  const config = parseOrThrow(dataManagementOptionsSchema, options, 'dataManagement() options');
  let api: PluginApi | undefined;
  let built: ReturnType<typeof buildRetention> | undefined;
  const ready = () => {
    if (!api || !built)
      throw new ParleyError(
        'CONFIG_INVALID',
        'dataManagement(): the plug-in is not installed yet; pass it to createDesk({ plugins }) first.',
      );
    return { api, data: built.data };
  };
  const unable = (lacks: string) =>
    new ParleyError(
      'CONFIG_INVALID',
      `This store cannot be exported or pruned: it has no ${lacks}. Use the memory store or a Postgres store version that implements DataStore (IN7, IN8).`,
    );
  const scans = (): DataScans => {
    const { api } = ready();
    if (!api.scans) throw unable('scans');
    return { ...api.scans, getConversation: api.query.getConversation };
  };
  return {
    id: 'data',
    needs: ['erasure'],
    jobs: { retention: { run: (job) => built!.runJob(job.payload as { tenantId: string }) } },
    init(a) {
      api = a;
      built = buildRetention(
        {
          storage: a.storage,
          access() {
            if (!a.erasure) throw unable('erasure');
            return { scans: scans(), erasure: a.erasure };
          },
          jobs: {
            schedule: (job) => a.jobs.schedule({ ...job, name: 'retention' }),
            cancel: (id) => a.jobs.cancel(id),
          },
          clock: a.clock,
          logger: a.logger,
        },
        config,
      );
    },
    start: () => ready().data.start(),
    setPolicy: (tenantId, policy) => ready().data.setPolicy(tenantId, policy),
    policy: (tenantId) => ready().data.policy(tenantId),
    run: (tenantId, o) => ready().data.run(tenantId, o),
    reports: (tenantId) => ready().data.reports(tenantId),
    get scans() {
      return scans();
    },
    tenant: (tenantId) => ready().api.desk.tenant(tenantId),
  };
}
