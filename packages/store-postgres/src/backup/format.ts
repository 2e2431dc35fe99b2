import type { Contact, Conversation, Message, UsageRecord } from '@parley/core';

/** Written first: what the file is, which version of the format, whose data. */
export interface BackupHeader {
  format: 'parley-backup';
  version: number;
  tenantId: string;
  createdAt: string;
  /** Key-value namespaces included (channel auth state, plug-in state). */
  kvNamespaces: string[];
}

export interface KvEntry {
  namespace: string;
  key: string;
  value: unknown;
  expiresAt?: Date;
}

/** One record per line, in an order that restores cleanly (contacts before conversations). */
export type BackupLine =
  | { kind: 'contact'; record: Contact }
  | { kind: 'conversation'; record: Conversation }
  | { kind: 'message'; record: Message }
  | { kind: 'usage'; record: UsageRecord }
  | { kind: 'kv'; record: KvEntry };

export type RecordKind = BackupLine['kind'];

/** Written last: a file without it was cut short and is refused. */
export interface BackupTrailer {
  kind: 'end';
  counts: BackupCounts;
}

export type BackupCounts = Record<RecordKind, number>;

export const BACKUP_FORMAT = 'parley-backup';
export const BACKUP_VERSION = 1;
export const recordKinds: readonly RecordKind[] = [
  'contact',
  'conversation',
  'message',
  'usage',
  'kv',
];

export function emptyCounts(): BackupCounts {
  return { contact: 0, conversation: 0, message: 0, usage: 0, kv: 0 };
}
