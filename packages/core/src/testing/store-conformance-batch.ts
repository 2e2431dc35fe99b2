import assert from 'node:assert/strict';
import type { ContactIdentity } from '../model/records.js';
import type { InboundRecords, Store } from '../store/store.js';
import type { StoreWrite } from '../store/store-write.js';
import { writeInTurn } from '../turns/write-all.js';
import type { FakeClock } from './fake-clock.js';
import { contact, conversation, message, T1 } from './store-fixtures.js';

// The optional round-trip savers (`batch`, `readInbound`). A store without them is run
// through what the desk does instead, so the expectations are the same either way.

function batchOf(store: Store): (writes: StoreWrite[]) => Promise<void> {
  return store.batch ? (w) => store.batch!(w) : (w) => writeInTurn(store, w);
}

async function readInbound(
  store: Store,
  identity: ContactIdentity,
  externalId: string,
  historyLimit?: number,
  entriesOf?: string,
): Promise<InboundRecords> {
  const options = {
    ...(historyLimit !== undefined && { historyLimit }),
    ...(entriesOf !== undefined && { entriesOf }),
  };
  if (store.readInbound) return store.readInbound(T1, identity, externalId, options);
  const found: InboundRecords = {};
  const m = await store.findMessageByExternalId(T1, identity.channelId, externalId);
  const c = await store.findContactByIdentity(T1, identity);
  if (m) found.message = m;
  if (c) {
    found.contact = c;
    const v = await store.findActiveConversation(T1, identity.channelId, c.id);
    if (v) {
      found.conversation = v;
      if (historyLimit !== undefined)
        found.history = await store.listMessages(T1, v.id, { limit: historyLimit });
      if (entriesOf !== undefined) found.entries = await store.kv(entriesOf).list(`${T1}/${v.id}/`);
    }
  }
  return found;
}

export const batchCases: Array<[string, (store: Store, clock: FakeClock) => Promise<void>]> = [
  [
    'batch: writes land as the methods would; the last write of a record wins',
    async (store) => {
      const batch = batchOf(store);
      await batch([
        { kind: 'contact', contact: contact('c1', T1, { name: 'Ana' }) },
        { kind: 'conversation', conversation: conversation('v1', 'c1', 1) },
        { kind: 'message', message: message('m1', 'v1', 1, { externalId: 'x1' }) },
        { kind: 'kv-set', namespace: 'ns', key: 'k1', value: { n: 1 } },
        { kind: 'kv-set', namespace: 'ns', key: 'k2', value: 'gone' },
        { kind: 'kv-delete', namespace: 'ns', key: 'k2' },
        { kind: 'conversation', conversation: conversation('v1', 'c1', 1, { unreadCount: 3 }) },
      ]);
      assert.equal((await store.getContact(T1, 'c1'))?.name, 'Ana');
      assert.equal((await store.getConversation(T1, 'v1'))?.unreadCount, 3);
      assert.equal((await store.findMessageByExternalId(T1, 'wa', 'x1'))?.id, 'm1');
      assert.deepEqual(await store.kv('ns').get('k1'), { n: 1 });
      assert.equal(await store.kv('ns').get('k2'), undefined);
      await batch([
        { kind: 'kv-delete', namespace: 'ns', key: 'k1' },
        {
          kind: 'contact',
          contact: contact('c1', T1, { identities: [{ channelId: 'ig', externalId: 'ana' }] }),
        },
      ]);
      assert.equal(await store.kv('ns').get('k1'), undefined);
      assert.equal(
        await store.findContactByIdentity(T1, { channelId: 'wa', externalId: 'c1@phone' }),
        undefined,
      );
      assert.equal(
        (await store.findContactByIdentity(T1, { channelId: 'ig', externalId: 'ana' }))?.id,
        'c1',
      );
    },
  ],
  [
    'batch: awkward values, many records of a kind and two contacts in one batch',
    async (store) => {
      const batch = batchOf(store);
      // Characters that quoting in a text or array encoding could trip on.
      const labels = ['a"b', 'back\\slash', 'com,ma', '{brace}', 'NULL', '', 'Olá 🙂'];
      await batch([
        { kind: 'contact', contact: contact('c1', T1, { name: 'O\'Neil "Q"' }) },
        {
          kind: 'contact',
          contact: contact('c2', T1, { identities: [{ channelId: 'ig', externalId: 'c,2' }] }),
        },
        { kind: 'conversation', conversation: conversation('v1', 'c1', 1, { labels }) },
        { kind: 'conversation', conversation: conversation('v2', 'c2', 2) },
        ...['m1', 'm2', 'm3'].map(
          (id): StoreWrite => ({
            kind: 'message',
            message: message(id, 'v1', 5),
          }),
        ),
        { kind: 'message', message: message('m4', 'v2', 5, { externalId: 'x"4' }) },
        // A record separator in a value: documents may travel joined by one.
        { kind: 'kv-set', namespace: 'n,s', key: 'k"1', value: ['{', null, '\\', 'a\u001eb'] },
        { kind: 'kv-set', namespace: 'n,s', key: 'k2', value: 2, ttlMs: 60_000 },
      ]);
      assert.deepEqual((await store.getConversation(T1, 'v1'))?.labels, labels);
      assert.equal((await store.getConversation(T1, 'v2'))?.assigneeId, undefined);
      assert.equal((await store.getContact(T1, 'c1'))?.name, 'O\'Neil "Q"');
      assert.equal(
        (await store.findContactByIdentity(T1, { channelId: 'ig', externalId: 'c,2' }))?.id,
        'c2',
      );
      // Same-instant messages keep the order they were given in.
      assert.deepEqual(
        (await store.listMessages(T1, 'v1')).map((m) => m.id),
        ['m1', 'm2', 'm3'],
      );
      assert.equal((await store.findMessageByExternalId(T1, 'wa', 'x"4'))?.id, 'm4');
      assert.deepEqual(await store.kv('n,s').get('k"1'), ['{', null, '\\', 'a\u001eb']);
      assert.equal(await store.kv('n,s').get('k2'), 2);
      const inbox = await store.listConversations?.(T1, { label: 'a"b' });
      if (inbox)
        assert.deepEqual(
          inbox.items.map((r) => r.conversation.id),
          ['v1'],
        );
    },
  ],
  [
    'readInbound: the redelivered message, the contact and its active conversation',
    async (store) => {
      const identity = { channelId: 'wa', externalId: 'c1@phone' };
      assert.deepEqual(await readInbound(store, identity, 'x1'), {});
      await store.saveContact(contact('c1'));
      assert.equal((await readInbound(store, identity, 'x1')).contact?.id, 'c1');
      await store.saveConversation(conversation('v0', 'c1', 0, { status: 'closed' }));
      await store.saveConversation(conversation('v1', 'c1', 1));
      await store.appendMessage(message('m1', 'v1', 1, { externalId: 'x1' }));
      await store.appendMessage(message('m2', 'v1', 2));
      await store.appendMessage(message('m3', 'v1', 3));
      await store.appendMessage(message('m4', 'v1', 3));
      await store.appendMessage(message('old', 'v0', 0));
      const found = await readInbound(store, identity, 'x1', 3);
      assert.equal(found.message?.id, 'm1');
      assert.equal(found.contact?.id, 'c1');
      assert.equal(found.conversation?.id, 'v1');
      assert.ok(found.conversation?.createdAt instanceof Date, 'dates come back as Date');
      // The newest three, oldest first; same-instant messages in the order appended.
      assert.deepEqual(
        found.history?.map((m) => m.id),
        ['m2', 'm3', 'm4'],
      );
      assert.deepEqual(
        (await readInbound(store, identity, 'x1', 10)).history?.map((m) => m.id),
        ['m1', 'm2', 'm3', 'm4'],
      );
      assert.equal((await readInbound(store, identity, 'x1')).history, undefined);
      const other = await readInbound(store, { channelId: 'wa', externalId: 'nobody' }, 'x1');
      assert.equal(other.message?.id, 'm1');
      assert.equal(other.contact, undefined);
      assert.equal(other.conversation, undefined);
    },
  ],
  [
    'readInbound: each read sees what changed since the last one (updated, appended, deleted messages)',
    async (store) => {
      const identity = { channelId: 'wa', externalId: 'c1@phone' };
      await store.saveContact(contact('c1'));
      await store.saveConversation(conversation('v1', 'c1', 1));
      for (const [id, second] of [
        ['m1', 1],
        ['m2', 2],
        ['m3', 3],
      ] as const) {
        await store.appendMessage(message(id, 'v1', second));
      }
      const texts = async () =>
        (await readInbound(store, identity, 'none', 3)).history?.map((m) =>
          m.content.type === 'text' ? `${m.id}:${m.content.text}:${m.status}` : `${m.id}:-`,
        );
      assert.deepEqual(await texts(), [
        'm1:message m1:received',
        'm2:message m2:received',
        'm3:message m3:received',
      ]);
      // The same again: a store that keeps what it read must not miss any of these.
      assert.deepEqual(await texts(), [
        'm1:message m1:received',
        'm2:message m2:received',
        'm3:message m3:received',
      ]);
      await store.updateMessage(message('m2', 'v1', 2, { status: 'ignored' }));
      await store.appendMessage(message('m4', 'v1', 4, { content: { type: 'text', text: 'new' } }));
      assert.deepEqual(await texts(), [
        'm2:message m2:ignored',
        'm3:message m3:received',
        'm4:new:received',
      ]);
      await store.updateMessage(
        message('m3', 'v1', 3, { content: { type: 'text', text: 'edited' } }),
      );
      assert.deepEqual(await texts(), [
        'm2:message m2:ignored',
        'm3:edited:received',
        'm4:new:received',
      ]);
      await store.appendMessage(message('m5', 'v1', 5));
      await store.updateMessage(message('m2', 'v1', 2, { status: 'failed' }));
      await store.updateMessage(message('m2', 'v1', 2, { status: 'ignored' }));
      assert.deepEqual(await texts(), [
        'm3:edited:received',
        'm4:new:received',
        'm5:message m5:received',
      ]);
    },
  ],
  [
    "readInbound: with entriesOf, the conversation's entries in that key-value namespace",
    async (store, clock) => {
      const identity = { channelId: 'wa', externalId: 'c1@phone' };
      await store.saveContact(contact('c1'));
      await store.saveConversation(conversation('v1', 'c1', 1));
      const space = store.kv('turns');
      await space.set(`${T1}/v1/m2`, { messageId: 'm2' });
      await space.set(`${T1}/v1/m1`, { messageId: 'm1', at: new Date(0) });
      await space.set(`${T1}/v1/gone`, { messageId: 'gone' }, { ttlMs: 1000 });
      // Not this conversation's: another one whose id starts alike, and another namespace.
      await space.set(`${T1}/v10/m9`, { messageId: 'm9' });
      await store.kv('other').set(`${T1}/v1/m8`, { messageId: 'm8' });
      clock.advance(2000);
      const found = await readInbound(store, identity, 'x1', undefined, 'turns');
      assert.deepEqual(found.entries, [
        { key: `${T1}/v1/m1`, value: { messageId: 'm1', at: new Date(0) } },
        { key: `${T1}/v1/m2`, value: { messageId: 'm2' } },
      ]);
      assert.equal((await readInbound(store, identity, 'x1')).entries, undefined);
    },
  ],
];
