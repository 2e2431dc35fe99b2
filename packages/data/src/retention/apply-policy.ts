import type { Contact, PluginErasure } from '@parley/core';
import { type DataScans, pages } from '../source.js';
import type { RetentionPolicyConfig, RetentionReport } from './policy.js';

const DAY = 86_400_000;
const SAMPLE = 20;
const isAnonymised = (c: { type: string; description?: string }) =>
  c.type === 'unsupported' && c.description === 'anonymised';

type MessagesRule = NonNullable<RetentionPolicyConfig['messages']>;
type ContactsRule = NonNullable<RetentionPolicyConfig['inactiveContacts']>;

/** What retention reads and removes: read-only scans and the plug-in's erasure. */
export interface RetentionAccess {
  scans: DataScans;
  erasure: PluginErasure;
}

/**
 * Old messages (IN8): counted for a dry run, else deleted or anonymised in the store.
 * Inbox snippets taken from them go too: a deleted message leaves no snippet, an
 * anonymised one leaves `[anonymised]`.
 */
export async function applyMessageRule(
  { scans: store, erasure }: RetentionAccess,
  tenantId: string,
  rule: MessagesRule,
  now: Date,
  dryRun: boolean,
): Promise<NonNullable<RetentionReport['messages']>> {
  const before = new Date(now.getTime() - rule.olderThanDays * DAY);
  const selector = { before, ...(rule.channelId !== undefined && { channelId: rule.channelId }) };
  let matched = 0;
  for await (const batch of pages((cursor) =>
    store.scanMessages(tenantId, {
      until: before,
      ...selector,
      limit: 1000,
      ...(cursor !== undefined && { cursor }),
    }),
  )) {
    matched +=
      rule.action === 'anonymise'
        ? batch.filter((m) => !isAnonymised(m.content as never)).length
        : batch.length;
  }
  let snippets = 0;
  for await (const batch of pages((cursor) =>
    store.scanConversations(tenantId, {
      until: before,
      limit: 1000,
      ...(rule.channelId !== undefined && { channelId: rule.channelId }),
      ...(cursor !== undefined && { cursor }),
    }),
  )) {
    for (const conv of batch) {
      if (!conv.lastMessage || conv.lastMessage.at >= before) continue;
      if (rule.action === 'anonymise' && conv.lastMessage.text === '[anonymised]') continue;
      snippets++;
      if (dryRun) continue;
      await erasure.clearSnippet(tenantId, conv.id, before, rule.action);
    }
  }
  const changed = dryRun
    ? 0
    : rule.action === 'delete'
      ? await erasure.deleteMessages(tenantId, selector)
      : await erasure.anonymiseMessages(tenantId, selector);
  return { action: rule.action, before, matched, changed, snippets };
}

/**
 * Inactive contacts (IN8): not written for `afterDays`, no conversation active since,
 * none of the kept labels. Deleted with their conversations and messages.
 */
export async function applyContactRule(
  { scans: store, erasure }: RetentionAccess,
  tenantId: string,
  rule: ContactsRule,
  now: Date,
  dryRun: boolean,
): Promise<NonNullable<RetentionReport['inactiveContacts']>> {
  const before = new Date(now.getTime() - rule.afterDays * DAY);
  const report: NonNullable<RetentionReport['inactiveContacts']> = {
    before,
    matched: 0,
    deleted: 0,
    conversations: 0,
    sample: [],
  };
  const keep = new Set(rule.keepLabels);
  for await (const batch of pages((cursor) =>
    store.listContacts(tenantId, {
      lastSeenBefore: before,
      limit: 500,
      ...(cursor !== undefined && { cursor }),
    }),
  )) {
    for (const contact of batch) {
      if (contact.labels.some((l) => keep.has(l))) continue;
      const conversations = await conversationsOf(store, tenantId, contact);
      if (conversations.some((c) => c.lastActivityAt >= before)) continue;
      report.matched++;
      report.conversations += conversations.length;
      if (report.sample.length < SAMPLE) {
        report.sample.push({
          id: contact.id,
          ...(contact.name !== undefined && { name: contact.name }),
          lastSeenAt: contact.lastInboundAt ?? contact.createdAt,
        });
      }
      if (dryRun) continue;
      for (const c of conversations) await erasure.deleteConversation(tenantId, c.id);
      await erasure.deleteContact(tenantId, contact.id);
      report.deleted++;
    }
  }
  return report;
}

async function conversationsOf(store: DataScans, tenantId: string, contact: Contact) {
  const all = [];
  for await (const batch of pages((cursor) =>
    store.scanConversations(tenantId, {
      contactId: contact.id,
      limit: 1000,
      ...(cursor !== undefined && { cursor }),
    }),
  )) {
    all.push(...batch);
  }
  return all;
}
