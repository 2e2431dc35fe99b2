import type { Conversation } from '@parley/core';
import { type DataScans, type DataSource, pages, scansOf } from '../source.js';
import type { TableName, TableRecords } from './tables.js';

/** What an export covers (IN7). */
export interface ExportFilter {
  /** Whose data (default: the default tenant). Nothing of another tenant is ever read. */
  tenantId: string;
  /** From this instant (inclusive)... */
  since?: Date;
  /** ...to this one (exclusive). */
  until?: Date;
  /** Only this channel. */
  channelId?: string;
}

/**
 * The records of one table, in store pages (bounded memory). The range means: messages
 * and CSAT answers written in it, conversations with activity in it, contacts created
 * in it, usage recorded in it. The channel filter keeps contacts with an identity on
 * the channel and usage of its conversations.
 */
export function records<T extends TableName>(
  source: DataSource,
  table: T,
  filter: ExportFilter,
  options: { batchSize: number; signal?: AbortSignal },
): AsyncGenerator<Array<TableRecords[T]>> {
  const store = scansOf(source);
  const { tenantId, since, until, channelId } = filter;
  const limit = options.batchSize;
  const range = { ...(since && { since }), ...(until && { until }) };
  const channel = channelId === undefined ? {} : { channelId };
  const c = (cursor: string | undefined) => (cursor === undefined ? {} : { cursor });
  switch (table) {
    case 'messages':
      return pages(
        (cursor) => store.scanMessages(tenantId, { ...range, ...channel, limit, ...c(cursor) }),
        options.signal,
      ) as never;
    case 'conversations':
      return activeConversations(store, filter, limit, options.signal) as never;
    case 'contacts':
      return filtered(
        pages(
          (cursor) => store.listContacts(tenantId, { ...channel, limit, ...c(cursor) }),
          options.signal,
        ),
        (contact) =>
          (since === undefined || contact.createdAt >= since) &&
          (until === undefined || contact.createdAt < until),
      ) as never;
    case 'usage':
      return usageOf(store, filter, limit, options.signal) as never;
    case 'csat':
      return csatOf(source, filter) as never;
  }
  throw new Error(`unknown table ${String(table)}`);
}

async function* filtered<R>(
  source: AsyncGenerator<R[]>,
  keep: (r: R) => boolean,
): AsyncGenerator<R[]> {
  for await (const batch of source) {
    const kept = batch.filter(keep);
    if (kept.length > 0) yield kept;
  }
}

/** Conversations started before `until` whose last activity is at or after `since`. */
function activeConversations(
  store: DataScans,
  f: ExportFilter,
  limit: number,
  signal?: AbortSignal,
): AsyncGenerator<Conversation[]> {
  return filtered(
    pages(
      (cursor) =>
        store.scanConversations(f.tenantId, {
          limit,
          ...(f.until && { until: f.until }),
          ...(f.channelId !== undefined && { channelId: f.channelId }),
          ...(cursor !== undefined && { cursor }),
        }),
      signal,
    ),
    (conv) => f.since === undefined || conv.lastActivityAt >= f.since,
  );
}

async function* usageOf(store: DataScans, f: ExportFilter, limit: number, signal?: AbortSignal) {
  // Usage names its conversation, not its channel: look channels up, a bounded cache.
  const channelOf = new Map<string, string | undefined>();
  for await (const batch of pages(
    (cursor) =>
      store.scanUsage(f.tenantId, {
        limit,
        ...(f.since && { since: f.since }),
        ...(f.until && { until: f.until }),
        ...(cursor !== undefined && { cursor }),
      }),
    signal,
  )) {
    if (f.channelId === undefined) {
      yield batch;
      continue;
    }
    const kept = [];
    for (const u of batch) {
      if (u.conversationId === undefined) continue;
      if (!channelOf.has(u.conversationId)) {
        if (channelOf.size > 10_000) channelOf.clear();
        const conv = await store.getConversation(f.tenantId, u.conversationId);
        channelOf.set(u.conversationId, conv?.channelId);
      }
      if (channelOf.get(u.conversationId) === f.channelId) kept.push(u);
    }
    if (kept.length > 0) yield kept;
  }
}

async function* csatOf(source: DataSource, f: ExportFilter) {
  // Answers are few (one per solved conversation); the CSAT API reads them at once.
  const all = await source.tenant(f.tenantId).csat.responses({
    ...(f.since && { since: f.since }),
    ...(f.until && { until: f.until }),
  });
  const kept = f.channelId === undefined ? all : all.filter((r) => r.channelId === f.channelId);
  if (kept.length > 0) yield kept;
}
