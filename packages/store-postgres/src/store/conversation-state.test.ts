import type { Conversation } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import { encodeJson } from '../codec/json-codec.js';
import { type PostgresStore, tablesOfStore } from './postgres-store.js';

const at = new Date('2026-01-05T09:00:00Z');
const saved: Conversation = {
  id: 'v1',
  tenantId: 'acme',
  channelId: 'wa',
  contactId: 'c1',
  contactAddress: '+5511999990001',
  status: 'open',
  handler: 'queue',
  origin: 'customer',
  unreadCount: 0,
  labels: [],
  lastActivityAt: at,
  createdAt: at,
  updatedAt: at,
  state: { queuedAt: at.toISOString() },
};

for (const target of targets()) {
  describe(`conversation state on ${target.name}`, () => {
    let store: PostgresStore;
    beforeAll(async () => {
      await target.setup();
      store = await target.open({});
    });
    afterAll(() => target.teardown());

    it('reads a row written before the typed state: free-form keys land in the legacy bag', async () => {
      await store.saveContact({
        id: 'c1',
        tenantId: 'acme',
        identities: [{ channelId: 'wa', externalId: '+5511999990001' }],
        labels: [],
        notes: [],
        attributes: {},
        createdAt: at,
        updatedAt: at,
      });
      await store.saveConversation(saved);
      // What an earlier version wrote: engine and host keys side by side, one malformed.
      const oldState = { queuedAt: saved.state.queuedAt, crmTicket: 'T-9', menu: 'broken' };
      await store.database.query(
        `UPDATE ${tablesOfStore(store).conversations} SET doc = $1 WHERE id = $2`,
        [encodeJson({ ...saved, state: oldState }), 'v1'],
      );
      const expected = {
        queuedAt: '2026-01-05T09:00:00.000Z',
        plugins: { legacy: { crmTicket: 'T-9' } },
      };
      expect((await store.getConversation(saved.tenantId, 'v1'))?.state).toEqual(expected);
      expect((await store.findActiveConversation(saved.tenantId, 'wa', 'c1'))?.state).toEqual(
        expected,
      );
      expect((await store.scanConversations(saved.tenantId)).items[0]?.state).toEqual(expected);
      expect(
        (await store.listConversations(saved.tenantId, {})).items[0]?.conversation.state,
      ).toEqual(expected);
    });
  });
}
