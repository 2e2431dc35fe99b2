import assert from 'node:assert/strict';
import { type DeskStore, REQUIRED_STORE_METHODS, type Store } from '../store/store.js';
import { withStoreFallbacks } from '../store/store-fallbacks.js';
import type { ConformanceCase } from './conformance-case.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';
import { batchCases } from './store-conformance-batch.js';
import { all, at, dataStoreCases } from './store-conformance-data.js';
import { contact, conversation, message, T1, T2 } from './store-fixtures.js';

export interface StoreConformanceOptions {
  /** A fresh, empty store whose expiry (claims, key-value TTL) follows `clock`. */
  create(context: { clock: FakeClock }): Store | Promise<Store>;
  /** Called after each case (close connections, drop schemas). */
  destroy?(store: Store): void | Promise<void>;
}

/**
 * The cases every `Store` implementation must pass. Each case gets the store as the
 * desk would use it (`withStoreFallbacks`): the inbox and usage cases test the store's
 * own `InboxIndex` / `UsageLedger` when it has them, and core's fallbacks over its
 * required methods when it does not. The data cases run when it implements `DataStore`.
 */
export function storeConformance(options: StoreConformanceOptions): ConformanceCase[] {
  const cases: Array<[string, (store: DeskStore, clock: FakeClock) => Promise<void>]> = [
    [
      'required: every method of RecordStore and KeyValueStore is there',
      async (store) => {
        const missing = REQUIRED_STORE_METHODS.filter((m) => typeof store[m] !== 'function');
        assert.deepEqual(missing, [], `the store lacks ${missing.join(', ')}`);
      },
    ],
    [
      'contacts: save, get, find by identity, replace identities',
      async (store) => {
        await store.saveContact(contact('c1', T1, { name: 'Ana', phone: '+5521988776655' }));
        const got = await store.getContact(T1, 'c1');
        assert.equal(got?.name, 'Ana');
        assert.ok(got?.createdAt instanceof Date, 'dates come back as Date');
        assert.equal(
          (await store.findContactByIdentity(T1, { channelId: 'wa', externalId: 'c1@phone' }))?.id,
          'c1',
        );
        await store.saveContact({
          ...got!,
          identities: [{ channelId: 'ig', externalId: 'ana.ig' }],
        });
        assert.equal(
          await store.findContactByIdentity(T1, { channelId: 'wa', externalId: 'c1@phone' }),
          undefined,
        );
        assert.equal(
          (await store.findContactByIdentity(T1, { channelId: 'ig', externalId: 'ana.ig' }))?.id,
          'c1',
        );
      },
    ],
    [
      'records are copied: changing a returned record changes nothing stored',
      async (store) => {
        await store.saveContact(contact('c1', T1, { labels: ['vip'] }));
        const got = await store.getContact(T1, 'c1');
        got!.labels.push('changed');
        got!.name = 'changed';
        const again = await store.getContact(T1, 'c1');
        assert.deepEqual(again?.labels, ['vip']);
        assert.equal(again?.name, undefined);
      },
    ],
    [
      "tenants: no read returns another tenant's records",
      async (store) => {
        await store.saveContact(contact('c1', T1));
        await store.saveConversation(conversation('v1', 'c1', 1));
        await store.appendMessage(message('m1', 'v1', 1, { externalId: 'x1' }));
        await store.recordUsage({
          tenantId: T1,
          assistantId: 'a',
          model: 'm',
          inputTokens: 5,
          outputTokens: 5,
          cost: 1,
          at: new Date(),
        });
        assert.equal(await store.getContact(T2, 'c1'), undefined);
        assert.equal(
          await store.findContactByIdentity(T2, { channelId: 'wa', externalId: 'c1@phone' }),
          undefined,
        );
        assert.equal(await store.getConversation(T2, 'v1'), undefined);
        assert.equal(await store.findActiveConversation(T2, 'wa', 'c1'), undefined);
        assert.deepEqual((await store.listConversations(T2, {})).items, []);
        assert.deepEqual(await store.listMessages(T2, 'v1'), []);
        assert.equal(await store.findMessageByExternalId(T2, 'wa', 'x1'), undefined);
        assert.equal((await store.usageTotals(T2)).calls, 0);
      },
    ],
    [
      'conversations: the active one is the newest that is not closed',
      async (store) => {
        await store.saveContact(contact('c1'));
        await store.saveConversation(conversation('v1', 'c1', 1));
        assert.equal((await store.findActiveConversation(T1, 'wa', 'c1'))?.id, 'v1');
        await store.saveConversation(conversation('v1', 'c1', 1, { status: 'solved' }));
        assert.equal((await store.findActiveConversation(T1, 'wa', 'c1'))?.status, 'solved');
        await store.saveConversation(conversation('v1', 'c1', 1, { status: 'closed' }));
        assert.equal(await store.findActiveConversation(T1, 'wa', 'c1'), undefined);
        await store.saveConversation(conversation('v2', 'c1', 2));
        assert.equal((await store.findActiveConversation(T1, 'wa', 'c1'))?.id, 'v2');
        assert.equal(await store.findActiveConversation(T1, 'ig', 'c1'), undefined);
        const got = await store.getConversation(T1, 'v2');
        assert.ok(got?.lastActivityAt instanceof Date);
      },
    ],
    [
      "inbox (InboxIndex, or core's scan): newest activity first with views and filters",
      async (store) => {
        await store.saveContact(contact('c1', T1, { name: 'Ana Souza' }));
        await store.saveContact(
          contact('c2', T1, { name: 'Budi', email: 'budi@example.com', labels: ['Follow Up'] }),
        );
        await store.saveContact(contact('c3', T1, { name: 'Carla', phone: '+351912345678' }));
        await store.saveConversation(
          conversation('v1', 'c1', 1, { unreadCount: 2, labels: ['Follow Up'] }),
        );
        await store.saveConversation(
          conversation('v2', 'c2', 3, { status: 'solved', handler: 'operator', assigneeId: 'op1' }),
        );
        await store.saveConversation(
          conversation('v3', 'c3', 2, { channelId: 'ig', handler: 'queue', teamId: 'sales' }),
        );
        const ids = async (q: Parameters<DeskStore['listConversations']>[1]) =>
          (await store.listConversations(T1, q)).items.map((r) => r.conversation.id);
        assert.deepEqual(await ids({}), ['v2', 'v3', 'v1']);
        assert.deepEqual(await ids({ view: 'unread' }), ['v1']);
        assert.deepEqual(await ids({ view: 'solved' }), ['v2']);
        assert.deepEqual(await ids({ status: ['open'] }), ['v3', 'v1']);
        assert.deepEqual(await ids({ channelId: 'ig' }), ['v3']);
        assert.deepEqual(await ids({ label: 'Follow Up' }), ['v1'], 'conversation labels');
        assert.deepEqual(await ids({ contactLabel: 'Follow Up' }), ['v2'], 'contact labels');
        assert.deepEqual(await ids({ contactLabel: 'Follow Up', label: 'Follow Up' }), []);
        assert.deepEqual(await ids({ handler: 'operator' }), ['v2']);
        assert.deepEqual(await ids({ assigneeId: 'op1' }), ['v2']);
        assert.deepEqual(await ids({ teamId: 'sales' }), ['v3']);
        const first = (await store.listConversations(T1, {})).items[0];
        assert.equal(first?.contact.name, 'Budi', 'rows carry their contact');
      },
    ],
    [
      'conversations: scan by creation time, range, channel and contact',
      async (store) => {
        await store.saveContact(contact('c1'));
        await store.saveContact(contact('c2'));
        // Saved out of creation order, some twice: the scan still follows createdAt.
        await store.saveConversation(conversation('v3', 'c1', 3, { channelId: 'ig' }));
        await store.saveConversation(conversation('v1', 'c1', 1));
        await store.saveConversation(conversation('v2', 'c2', 2));
        await store.saveConversation(conversation('v1', 'c1', 1, { status: 'solved' }));
        await store.saveConversation(conversation('v4', 'c2', 4));
        await store.saveConversation({ ...conversation('vx', 'c1', 1), tenantId: T2 });
        const ids = (q: Parameters<Store['scanConversations']>[1] = {}) =>
          all(
            (cursor) => store.scanConversations(T1, { ...q, limit: 1, cursor }),
            (c) => c.id,
          );
        assert.deepEqual(await ids(), ['v1', 'v2', 'v3', 'v4']);
        assert.deepEqual(await ids({ since: at(2), until: at(4) }), ['v2', 'v3']);
        assert.deepEqual(await ids({ channelId: 'ig' }), ['v3']);
        assert.deepEqual(await ids({ contactId: 'c2' }), ['v2', 'v4']);
        const page = await store.scanConversations(T1, { limit: 10 });
        assert.equal(page.items[0]?.status, 'solved', 'the latest save is what a scan returns');
        assert.equal(page.nextCursor, undefined);
      },
    ],
    [
      'conversations: state keeps the engine keys and plug-in bags',
      async (store) => {
        const state = {
          menu: { id: 'main', invalid: 1 },
          lead: { at: '2026-01-05T09:00:00.000Z', value: 10, currency: 'BRL' },
          plugins: { campaigns: { step: 2, tags: ['a'] } },
        };
        await store.saveConversation(conversation('v1', 'c1', 1, { state }));
        assert.deepEqual((await store.getConversation(T1, 'v1'))?.state, state);
      },
    ],
    [
      'messages: update replaces status, content and edit time, keeping id, order and external id',
      async (store) => {
        await store.saveContact(contact('c1', T1));
        await store.saveConversation(conversation('v1', 'c1', 1));
        await store.appendMessage(message('m1', 'v1', 1, { externalId: 'wamid.1' }));
        await store.appendMessage(message('m2', 'v1', 2));
        const [first] = await store.listMessages(T1, 'v1');
        const editedAt = new Date(5_000);
        await store.updateMessage({
          ...first!,
          status: 'failed',
          reason: 'Message failed to send because more than 24 hours have passed',
          content: { type: 'text', text: 'edited' },
          editedAt,
        });
        const after = await store.listMessages(T1, 'v1');
        assert.deepEqual(
          after.map((m) => m.id),
          ['m1', 'm2'],
        );
        assert.equal(after[0]?.status, 'failed');
        assert.equal(after[0]?.editedAt?.getTime(), editedAt.getTime());
        const found = await store.findMessageByExternalId(T1, 'wa', 'wamid.1');
        assert.equal(found?.status, 'failed');
        assert.deepEqual(found?.content, { type: 'text', text: 'edited' });
        await store.updateMessage({ ...first!, id: 'absent' });
        assert.equal((await store.listMessages(T1, 'v1')).length, 2);
      },
    ],
    [
      "inbox (InboxIndex, or core's scan): search matches name, phone, email and message text, ignoring case and accents",
      async (store) => {
        await store.saveContact(contact('c1', T1, { name: 'João Gonçalves' }));
        await store.saveContact(contact('c2', T1, { email: 'budi@example.com' }));
        await store.saveContact(contact('c3', T1, { phone: '+351912345678' }));
        await store.saveConversation(conversation('v1', 'c1', 1));
        await store.saveConversation(conversation('v2', 'c2', 2));
        await store.saveConversation(conversation('v3', 'c3', 3));
        await store.appendMessage(
          message('m1', 'v3', 1, { content: { type: 'text', text: 'Qual o prazo de ENTREGA?' } }),
        );
        const ids = async (search: string) =>
          (await store.listConversations(T1, { search })).items.map((r) => r.conversation.id);
        assert.deepEqual(await ids('joao'), ['v1']);
        assert.deepEqual(await ids('GONCALVES'), ['v1']);
        assert.deepEqual(await ids('budi@'), ['v2']);
        assert.deepEqual(await ids('912345'), ['v3']);
        assert.deepEqual(await ids('entrega'), ['v3']);
        assert.deepEqual(await ids('nothing-like-this'), []);
      },
    ],
    [
      "inbox (InboxIndex, or core's scan): cursor pages cover every row once, and bad limits or cursors are refused",
      async (store) => {
        await store.saveContact(contact('c1'));
        for (let i = 0; i < 23; i++) {
          // Two rows share each activity time, so the id must break ties.
          await store.saveConversation(
            conversation(`v${String(i).padStart(2, '0')}`, 'c1', Math.floor(i / 2), {
              status: 'solved',
            }),
          );
        }
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listConversations(T1, {
            limit: 5,
            ...(cursor !== undefined && { cursor }),
          });
          seen.push(...page.items.map((r) => r.conversation.id));
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(seen.length, 23);
        assert.equal(new Set(seen).size, 23);
        await assert.rejects(store.listConversations(T1, { limit: 0 }), /limit/);
        await assert.rejects(store.listConversations(T1, { cursor: 'garbage' }), /cursor/);
      },
    ],
    [
      'messages: oldest first, limited to the newest, before a time, found by external id',
      async (store) => {
        for (let i = 0; i < 10; i++)
          await store.appendMessage(message(`m${i}`, 'v1', i, { externalId: `wamid.${i}` }));
        const all = await store.listMessages(T1, 'v1');
        assert.deepEqual(
          all.map((m) => m.id),
          ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'],
        );
        assert.deepEqual(
          (await store.listMessages(T1, 'v1', { limit: 3 })).map((m) => m.id),
          ['m7', 'm8', 'm9'],
        );
        const before = new Date(Date.UTC(2026, 0, 5, 9, 0, 5));
        assert.deepEqual(
          (await store.listMessages(T1, 'v1', { limit: 2, before })).map((m) => m.id),
          ['m3', 'm4'],
        );
        const found = await store.findMessageByExternalId(T1, 'wa', 'wamid.4');
        assert.equal(found?.id, 'm4');
        assert.deepEqual(found?.content, { type: 'text', text: 'message m4' });
        assert.ok(found?.createdAt instanceof Date);
        assert.equal(await store.findMessageByExternalId(T1, 'ig', 'wamid.4'), undefined);
      },
    ],
    [
      'claims: first claim wins until it expires',
      async (store, clock) => {
        assert.equal(await store.claim('k', 1000), true);
        assert.equal(await store.claim('k', 1000), false);
        assert.equal(await store.claim('other', 1000), true);
        await clock.advance(1001);
        assert.equal(await store.claim('k', 1000), true);
      },
    ],
    [
      'key-value: namespaces, prefixes, expiry and binary values',
      async (store, clock) => {
        const a = store.kv('a');
        const b = store.kv('b');
        await a.set('creds', { me: { id: '1' }, list: [1, 2] });
        await a.set('keys:2', 'two');
        await a.set('keys:1', 'one');
        await a.set('bytes', new Uint8Array([1, 2, 255]));
        await a.set('short', 'lived', { ttlMs: 500 });
        assert.deepEqual(await a.get('creds'), { me: { id: '1' }, list: [1, 2] });
        assert.equal(await b.get('creds'), undefined);
        assert.deepEqual(
          (await a.list('keys:')).map((e) => [e.key, e.value]),
          [
            ['keys:1', 'one'],
            ['keys:2', 'two'],
          ],
        );
        const bytes = await a.get<Uint8Array>('bytes');
        assert.ok(bytes instanceof Uint8Array);
        assert.deepEqual([...bytes], [1, 2, 255]);
        assert.equal(await a.get('short'), 'lived');
        await clock.advance(501);
        assert.equal(await a.get('short'), undefined);
        await a.delete('creds');
        assert.equal(await a.get('creds'), undefined);
      },
    ],
    [
      "usage (UsageLedger, or core's key-value ledger): totals by tenant, assistant, conversation and time",
      async (store) => {
        const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h));
        const base = { tenantId: T1, model: 'gpt', cost: 0.5 };
        await store.recordUsage({
          ...base,
          assistantId: 'a',
          conversationId: 'v1',
          inputTokens: 10,
          outputTokens: 5,
          at: at(1),
        });
        await store.recordUsage({
          ...base,
          assistantId: 'a',
          conversationId: 'v2',
          inputTokens: 20,
          outputTokens: 5,
          at: at(2),
        });
        await store.recordUsage({
          ...base,
          assistantId: 'b',
          conversationId: 'v2',
          inputTokens: 40,
          outputTokens: 5,
          at: at(3),
        });
        assert.deepEqual(await store.usageTotals(T1), {
          inputTokens: 70,
          outputTokens: 15,
          cost: 1.5,
          calls: 3,
        });
        assert.equal((await store.usageTotals(T1, { assistantId: 'a' })).inputTokens, 30);
        assert.equal((await store.usageTotals(T1, { conversationId: 'v2' })).inputTokens, 60);
        assert.equal((await store.usageTotals(T1, { since: at(2), until: at(3) })).inputTokens, 20);
      },
    ],
    ...dataStoreCases,
    ...batchCases,
  ];
  return cases.map(([name, body]) => ({
    name: `store: ${name}`,
    async run() {
      const clock = createFakeClock();
      const store = await options.create({ clock });
      try {
        await body(withStoreFallbacks(store), clock);
      } finally {
        await options.destroy?.(store);
      }
    },
  }));
}
