export type { ExportFormat, ExportOptions, ExportReport } from './export/export-data.js';
export { exportData } from './export/export-data.js';
export type { ExportFilter } from './export/records.js';
export type { TableName } from './export/tables.js';
export { tableNames } from './export/tables.js';
export type { DataManagement, DataManagementOptions } from './retention/data-management.js';
export { createDataManagement, RETENTION_JOB } from './retention/data-management.js';
export type { RetentionPolicy, RetentionReport } from './retention/policy.js';
export type { DataSource, DataStore } from './source.js';
