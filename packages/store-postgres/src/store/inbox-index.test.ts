import type { InboxQuery } from '@parley/core';
import { encodeCursor } from '@parley/core/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import { tablesOf } from '../db/names.js';
import { seedSyntheticInbox } from '../testing/synthetic-inbox.js';
import type { PostgresStore } from './postgres-store.js';
import { readInboundSql } from './turn-sql.js';

const TENANT = 'big';
/** Conversation `n`'s id, as the synthetic inbox names it. */
const id = (n: number) => `v${String(n).padStart(9, '0')}`;

for (const target of targets()) {
  describe(`inbox queries on ${target.name} are served by indexes`, () => {
    // Enough rows that the planner prefers indexes; a server seeds fast, so give it more.
    const CONVERSATIONS = target.server ? 30_000 : 5_000;
    const newest = CONVERSATIONS;
    let store: PostgresStore;
    beforeAll(async () => {
      await target.setup();
      store = await target.open({});
      await seedSyntheticInbox({
        store,
        tenantId: TENANT,
        conversations: CONVERSATIONS,
        messagesPerConversation: 2,
      });
      // Another tenant's rows, so the tenant column has to narrow.
      await seedSyntheticInbox({
        store,
        tenantId: 'neighbour',
        conversations: 500,
        messagesPerConversation: 1,
      });
    });
    afterAll(() => target.teardown());

    const cursor = encodeCursor(new Date('2026-01-01T05:00:00Z'), 'v000002000');
    const cases: Array<[string, InboxQuery, RegExp]> = [
      ['all, newest first', {}, /conversations_inbox/],
      ['the next page (keyset, no OFFSET)', { cursor }, /conversations_inbox/],
      ['unread', { view: 'unread' }, /conversations_unread/],
      ['solved', { view: 'solved' }, /conversations_status/],
      ['by channel', { channelId: 'ig' }, /conversations_channel|conversations_inbox/],
      ['by assignee', { assigneeId: 'op-5' }, /conversations_assignee/],
      ['by team', { teamId: 'sales' }, /conversations_team/],
      ['by label', { label: 'Follow Up' }, /conversations_labels|conversations_inbox/],
    ];
    for (const [name, query, index] of cases) {
      it(`IN1: ${name} uses an index, never a scan of conversations`, async () => {
        const plan = await store.explainInbox(TENANT, query);
        expect(plan).toMatch(index);
        expect(plan).not.toMatch(/Seq Scan on conversations/);
        expect(plan).not.toMatch(/Seq Scan on contacts/);
      });
    }

    /** The plan of each statement a query ran, by the label explainInbox gives it. */
    const sections = (plan: string) =>
      Object.fromEntries(
        plan
          .split(/^-- /m)
          .filter(Boolean)
          .map((part) => [part.slice(0, part.indexOf('\n')), part]),
      ) as Record<string, string>;

    it('IN1: a selective search looks matches up on the trigram indexes, then fetches them by key', async () => {
      expect(store.searchIndexed).toBe(true);
      const plan = sections(await store.explainInbox(TENANT, { search: 'pedido 4242' }));
      expect(plan['search matches']).toMatch(/Bitmap Index Scan on messages_search/);
      expect(plan['search matches']).toMatch(/Bitmap Index Scan on contacts_search/);
      expect(plan['the page, by key']).toMatch(/conversations_pkey/);
      expect(Object.values(plan).join()).not.toMatch(/Seq Scan/);
    });

    it('IN1: a search for a common word walks the inbox index and checks each chunk', async () => {
      // "qual" is in two of the seven phrases: the first chunk fills a page.
      const plan = sections(await store.explainInbox(TENANT, { search: 'qual' }));
      expect(Object.keys(plan)).toEqual(['a chunk of the inbox', "the chunk's matching messages"]);
      expect(plan['a chunk of the inbox']).toMatch(/Index Scan using conversations_inbox/);
      expect(plan["the chunk's matching messages"]).toMatch(/messages_conversation/);
      expect(Object.values(plan).join()).not.toMatch(/Seq Scan/);
      const found = await store.listConversations(TENANT, { search: 'QUAL', limit: 200 });
      expect(found.items).toHaveLength(200);
      expect(found.nextCursor).toBeDefined();
    });

    it('IN1: the seeded inbox answers filters, search and pages correctly', async () => {
      const page = await store.listConversations(TENANT, { limit: 3 });
      expect(page.items.map((r) => r.conversation.id)).toEqual([
        id(newest),
        id(newest - 1),
        id(newest - 2),
      ]);
      expect(page.items[0]!.contact.name).toBe(`Cliente ${newest}`);
      const next = await store.listConversations(TENANT, { limit: 3, cursor: page.nextCursor! });
      expect(next.items[0]!.conversation.id).toBe(id(newest - 3));
      const found = await store.listConversations(TENANT, { search: 'PEDIDO 4242' });
      expect(found.items.map((r) => r.conversation.id).sort()).toEqual(['v000004242']);
      const unread = await store.listConversations(TENANT, { view: 'unread', limit: 200 });
      expect(unread.items.every((r) => r.conversation.unreadCount > 0)).toBe(true);
      expect(unread.items).toHaveLength(200);
      const labelled = await store.listConversations(TENANT, { label: 'Follow Up', limit: 5 });
      expect(labelled.items.map((r) => r.conversation.id)).toEqual([
        ...[0, 1, 2, 3, 4].map((k) => id(Math.floor(newest / 11) * 11 - 11 * k)),
      ]);
    });

    it("PL3: the read at accept finds the conversation's history by its own index keys, never by filtering the tenant's messages", async () => {
      // Conversation 3 is on "wa" with contact address x3 (see seedSyntheticInbox).
      const { rows } = await store.database.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE) ${readInboundSql(tablesOf(store.schema))}`,
        [[TENANT], ['wa'], ['x3'], ['none'], [20], ['parley.turns'], [null], new Date()],
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/messages_conversation[^\n]*\n\s*Index Cond: [^\n]*conversation_id/);
      expect(plan).not.toMatch(/Rows Removed by Filter/);
      const found = await store.readInbound?.(
        TENANT,
        { channelId: 'wa', externalId: 'x3' },
        'none',
        {
          historyLimit: 20,
        },
      );
      expect(found?.conversation?.id).toBe(id(3));
      expect(found?.history?.map((m) => m.conversationId)).toEqual([id(3), id(3)]);
    });

    it('IN1: without pg_trgm search still answers, filtering the tenant rows', async () => {
      const plain = await target.open({ schema: store.schema, search: 'off' });
      expect(plain.searchIndexed).toBe(false);
      const found = await plain.listConversations(TENANT, { search: 'pedido 4242' });
      expect(found.items.map((r) => r.conversation.id)).toEqual(['v000004242']);
    });
  });
}
