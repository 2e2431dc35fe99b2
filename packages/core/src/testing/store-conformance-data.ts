import assert from 'node:assert/strict';
import type { DataStore, DeskStore, Page } from '../store/store.js';
import type { FakeClock } from './fake-clock.js';
import { contact, conversation, message, T1, T2 } from './store-fixtures.js';

const dataMethods = [
  'listContacts',
  'deleteContact',
  'scanMessages',
  'scanUsage',
  'deleteMessages',
  'anonymiseMessages',
  'deleteConversation',
] as const;

/**
 * The store as a `DataStore`, or undefined when it has none of the export scans (an
 * optional capability: the data cases then have nothing to check). A store with some
 * but not all of them fails.
 */
function asDataStore(store: DeskStore): (DeskStore & DataStore) | undefined {
  const missing = dataMethods.filter((m) => typeof (store as Partial<DataStore>)[m] !== 'function');
  if (missing.length === dataMethods.length) return undefined;
  assert.deepEqual(
    missing,
    [],
    `the store lacks ${missing.join(', ')}: implement all of DataStore (export IN7, data management IN8) or none`,
  );
  return store as DeskStore & DataStore;
}

/** Every item of a scan, page by page, checking no page repeats an item. */
export async function all<T>(
  scan: (cursor: string | undefined) => Promise<Page<T>>,
  idOf: (item: T) => string,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await scan(cursor);
    seen.push(...page.items.map(idOf));
    cursor = page.nextCursor;
    assert.ok(seen.length < 10_000, 'the scan ends (a cursor must move forward)');
  } while (cursor);
  assert.equal(new Set(seen).size, seen.length, 'pages never repeat an item');
  return seen;
}

export const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 0, 5, 9, minute, second));

type DataCase = [string, (store: DeskStore & DataStore, clock: FakeClock) => Promise<void>];

/** DataStore cases (IN7, IN8), part of `storeConformance`; run when the store has the capability. */
export const dataStoreCases: Array<
  [string, (store: DeskStore, clock: FakeClock) => Promise<void>]
> = (
  [
    [
      'data: contacts page in id order, by channel and by last seen',
      async (store) => {
        for (let i = 0; i < 7; i++) {
          await store.saveContact(
            contact(`c${i}`, T1, {
              ...(i % 2 === 1 && { identities: [{ channelId: 'ig', externalId: `ig${i}` }] }),
              ...(i < 3 && { lastInboundAt: at(30) }),
            }),
          );
        }
        await store.saveContact(contact('c9', T2));
        const ids = (q: Parameters<DataStore['listContacts']>[1] = {}) =>
          all(
            (cursor) => store.listContacts(T1, { ...q, limit: 2, cursor }),
            (c) => c.id,
          );
        assert.deepEqual(await ids(), ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
        assert.deepEqual(await ids({ channelId: 'ig' }), ['c1', 'c3', 'c5']);
        // Never wrote: creation (9:00) counts; wrote at 9:30: not seen before 9:10.
        assert.deepEqual(await ids({ lastSeenBefore: at(10) }), ['c3', 'c4', 'c5', 'c6']);
        const first = await store.listContacts(T1, { limit: 1 });
        assert.ok(first.items[0]?.createdAt instanceof Date);
        await store.deleteContact(T1, 'c1');
        assert.equal(await store.getContact(T1, 'c1'), undefined);
        assert.deepEqual(await ids(), ['c0', 'c2', 'c3', 'c4', 'c5', 'c6']);
        assert.deepEqual(
          (await store.listContacts(T2)).items.map((c) => c.id),
          ['c9'],
        );
      },
    ],
    [
      'data: messages scan across conversations in creation order, with range and filters',
      async (store) => {
        // Two conversations interleaved, one message arriving late (older than the last).
        await store.appendMessage(message('m1', 'v1', 1));
        await store.appendMessage(message('m4', 'v2', 4, { channelId: 'ig' }));
        await store.appendMessage(message('m2', 'v2', 2, { channelId: 'ig' }));
        await store.appendMessage(message('m3', 'v1', 3));
        await store.appendMessage(message('m5', 'v1', 5));
        await store.appendMessage({ ...message('mx', 'v1', 1), tenantId: T2 });
        const ids = (q: Parameters<DataStore['scanMessages']>[1] = {}) =>
          all(
            (cursor) => store.scanMessages(T1, { ...q, limit: 2, cursor }),
            (m) => m.id,
          );
        assert.deepEqual(await ids(), ['m1', 'm2', 'm3', 'm4', 'm5']);
        const s = (second: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, second));
        assert.deepEqual(await ids({ since: s(2), until: s(5) }), ['m2', 'm3', 'm4']);
        assert.deepEqual(await ids({ channelId: 'ig' }), ['m2', 'm4']);
        assert.deepEqual(await ids({ conversationId: 'v1' }), ['m1', 'm3', 'm5']);
        const [first] = (await store.scanMessages(T1, { limit: 1 })).items;
        assert.ok(first?.createdAt instanceof Date);
        assert.deepEqual(first?.content, { type: 'text', text: 'message m1' });
        await assert.rejects(store.scanMessages(T1, { limit: 1001 }), /limit/);
        await assert.rejects(store.scanMessages(T1, { cursor: 'garbage' }), /cursor/);
      },
    ],
    [
      'data: usage records scan in time order, with range and filters',
      async (store) => {
        const base = { tenantId: T1, model: 'gpt', inputTokens: 1, outputTokens: 1, cost: 0 };
        // Three records in the same instant: paging must neither skip nor repeat them.
        for (const [i, minute, assistantId] of [
          [1, 1, 'a'],
          [2, 2, 'b'],
          [3, 2, 'a'],
          [4, 2, 'a'],
          [5, 3, 'b'],
        ] as const) {
          await store.recordUsage({ ...base, assistantId, messageId: `u${i}`, at: at(minute) });
        }
        await store.recordUsage({ ...base, tenantId: T2, assistantId: 'a', at: at(1) });
        const ids = (q: Parameters<DataStore['scanUsage']>[1] = {}) =>
          all(
            (cursor) => store.scanUsage(T1, { ...q, limit: 1, cursor }),
            (u) => u.messageId ?? '',
          );
        assert.deepEqual(await ids(), ['u1', 'u2', 'u3', 'u4', 'u5']);
        assert.deepEqual(await ids({ since: at(2), until: at(3) }), ['u2', 'u3', 'u4']);
        assert.deepEqual(await ids({ assistantId: 'a' }), ['u1', 'u3', 'u4']);
        assert.equal((await store.scanUsage(T2)).items.length, 1);
      },
    ],
    [
      'data: deleteMessages removes what the selector names, everywhere it was visible',
      async (store) => {
        await store.saveContact(contact('c1', T1, { name: 'Ana' }));
        await store.saveConversation(conversation('v1', 'c1', 1));
        for (let i = 0; i < 6; i++) {
          await store.appendMessage(
            message(`m${i}`, i < 4 ? 'v1' : 'v2', i, {
              externalId: `x${i}`,
              ...(i === 1 && { channelId: 'ig' }),
              content: { type: 'text', text: `parcel ${i}` },
            }),
          );
        }
        await assert.rejects(store.deleteMessages(T1, {}), /before.*conversationId/);
        const s = (second: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, second));
        assert.equal(
          await store.deleteMessages(T2, { before: s(60) }),
          0,
          'other tenant untouched',
        );
        assert.equal(await store.deleteMessages(T1, { before: s(3), channelId: 'wa' }), 2);
        assert.deepEqual(
          (await store.listMessages(T1, 'v1')).map((m) => m.id),
          ['m1', 'm3'],
        );
        assert.equal(await store.findMessageByExternalId(T1, 'wa', 'x0'), undefined);
        assert.equal((await store.findMessageByExternalId(T1, 'ig', 'x1'))?.id, 'm1');
        assert.equal(await store.deleteMessages(T1, { conversationId: 'v2' }), 2);
        const left = await all(
          (cursor) => store.scanMessages(T1, { cursor }),
          (m) => m.id,
        );
        assert.deepEqual(left, ['m1', 'm3']);
        const hits = await store.listConversations(T1, { search: 'parcel 0' });
        assert.deepEqual(hits.items, [], 'search no longer finds deleted text');
      },
    ],
    [
      'data: anonymiseMessages blanks content once and keeps everything else',
      async (store) => {
        await store.appendMessage(
          message('m1', 'v1', 1, {
            externalId: 'x1',
            content: { type: 'text', text: 'my CPF is 123.456.789-00' },
            referral: { source: 'ad', adId: '42', headline: 'Promo' },
          }),
        );
        await store.appendMessage(
          message('m2', 'v1', 2, { direction: 'outbound', status: 'sent' }),
        );
        await store.appendMessage(message('m3', 'v1', 30));
        const before = new Date(Date.UTC(2026, 0, 5, 9, 0, 10));
        assert.equal(await store.anonymiseMessages(T2, { before }), 0);
        assert.equal(await store.anonymiseMessages(T1, { before }), 2);
        assert.equal(await store.anonymiseMessages(T1, { before }), 0, 'counted once');
        const [m1, m2, m3] = await store.listMessages(T1, 'v1');
        assert.deepEqual(m1?.content, { type: 'unsupported', description: 'anonymised' });
        assert.equal(m1?.referral, undefined);
        assert.equal(m1?.externalId, 'x1');
        assert.equal(m2?.direction, 'outbound');
        assert.equal(m2?.status, 'sent');
        assert.deepEqual(m3?.content, { type: 'text', text: 'message m3' });
        const found = await store.findMessageByExternalId(T1, 'wa', 'x1');
        assert.deepEqual(found?.content, { type: 'unsupported', description: 'anonymised' });
        const scanned = (await store.scanMessages(T1)).items.map((m) => m.content.type);
        assert.deepEqual(scanned, ['unsupported', 'unsupported', 'text']);
      },
    ],
    [
      'data: deleteConversation removes the conversation and its messages only',
      async (store) => {
        await store.saveContact(contact('c1'));
        await store.saveConversation(conversation('v1', 'c1', 1));
        await store.saveConversation(conversation('v2', 'c1', 2, { channelId: 'ig' }));
        await store.appendMessage(message('m1', 'v1', 1, { externalId: 'x1' }));
        await store.appendMessage(message('m2', 'v2', 2, { channelId: 'ig' }));
        await store.deleteConversation(T2, 'v1');
        assert.ok(await store.getConversation(T1, 'v1'), 'another tenant cannot delete it');
        await store.deleteConversation(T1, 'v1');
        assert.equal(await store.getConversation(T1, 'v1'), undefined);
        assert.equal(await store.findActiveConversation(T1, 'wa', 'c1'), undefined);
        assert.deepEqual(await store.listMessages(T1, 'v1'), []);
        assert.equal(await store.findMessageByExternalId(T1, 'wa', 'x1'), undefined);
        assert.deepEqual(
          (await store.scanConversations(T1)).items.map((c) => c.id),
          ['v2'],
        );
        assert.deepEqual(
          (await store.scanMessages(T1)).items.map((m) => m.id),
          ['m2'],
        );
        assert.deepEqual(
          (await store.listConversations(T1, {})).items.map((r) => r.conversation.id),
          ['v2'],
        );
      },
    ],
  ] as DataCase[]
).map(([name, body]) => [
  `data (when present): ${name.replace(/^data: /, '')}`,
  async (raw, clock) => {
    const store = asDataStore(raw);
    if (store) await body(store, clock);
  },
]);
