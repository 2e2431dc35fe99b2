export type { BackupOptions, BackupSummary } from './backup/backup.js';
export { backupTenant } from './backup/backup.js';
export type { BackupCounts, BackupHeader } from './backup/format.js';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup/format.js';
export type { RestoreOptions } from './backup/restore.js';
export { restoreTenant } from './backup/restore.js';
export type { PgliteStoreOptions } from './create-pglite-store.js';
export { createPgliteStore } from './create-pglite-store.js';
export type { PostgresStoreOptions } from './create-postgres-store.js';
export { createPostgresStore } from './create-postgres-store.js';
export type { Database, DatabaseSession, QueryResult, SqlClient } from './db/database.js';
export type { Fanout, FanoutMessage, FanoutOptions } from './fanout/fanout.js';
export { createFanout } from './fanout/fanout.js';
export type {
  ChannelLeases,
  ChannelLeasesOptions,
  ReleaseReason,
} from './leases/channel-leases.js';
export { createChannelLeases } from './leases/channel-leases.js';
export { leaseDeskChannels } from './leases/desk-channels.js';
export type { SharedLimitCounterOptions } from './limits/shared-counter.js';
export { createSharedLimitCounter } from './limits/shared-counter.js';
export type { SearchIndexMode } from './migrations/migrate.js';
export type {
  PostgresScheduler,
  PostgresSchedulerOptions,
} from './scheduler/postgres-scheduler.js';
export { createPostgresScheduler } from './scheduler/postgres-scheduler.js';
export type { PostgresStore } from './store/postgres-store.js';
