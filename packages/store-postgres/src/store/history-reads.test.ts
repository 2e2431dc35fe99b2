import type { Message } from '@parley/core';
import { storeFixtures } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import type { PostgresStore } from './postgres-store.js';

const { contact, conversation, T1: T } = storeFixtures;
const [identity] = contact('c1').identities;
const message = (id: string, second: number, extra: Partial<Message> = {}) =>
  storeFixtures.message(id, 'v1', second, extra);

/** Contact c1 and its open conversation v1 on "wa". */
async function seedConversation(store: PostgresStore): Promise<void> {
  await store.saveContact(contact('c1'));
  await store.saveConversation(conversation('v1', 'c1', 0));
}

/** The history texts the server sent to `store`'s accept reads, as they came. */
function watchHistories(store: PostgresStore): string[] {
  const seen: string[] = [];
  const db = store.database as { query: PostgresStore['database']['query'] };
  const query = db.query.bind(db);
  db.query = (async (text: string, params?: unknown[]) => {
    const result = await query(text, params);
    for (const row of result.rows as Array<{ history?: string | null }>) {
      if (typeof row.history === 'string') seen.push(row.history);
    }
    return result;
  }) as typeof db.query;
  return seen;
}

for (const target of targets()) {
  describe(`accept reads on ${target.name} ask only for history rows the desk lacks`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    it('PL3: a second read gets ids for the rows it holds, documents for new and changed ones, including changes made by another process', async () => {
      const schema = target.schema('history');
      const a = await target.open({ schema });
      const b = await target.open({ schema });
      await seedConversation(b);
      for (let i = 1; i <= 5; i++) await b.appendMessage(message(`m${i}`, i));
      const sent = watchHistories(a);
      const read = async () =>
        (await a.readInbound?.(T, identity!, 'none', { historyLimit: 5 }))?.history ?? [];

      const first = await read();
      expect(first.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
      expect(documentsIn(sent.at(-1))).toBe(5);

      const second = await read();
      expect(documentsIn(sent.at(-1))).toBe(0);
      // Held rows come back as the very objects read before (frozen, shared).
      for (const [i, m] of second.entries()) expect(m).toBe(first[i]);
      expect(Object.isFrozen(second[0])).toBe(true);

      // Another process marks one message read and appends one.
      await b.updateMessage(message('m3', 3, { status: 'ignored' }));
      await b.appendMessage(message('m6', 6));
      const third = await read();
      expect(third.map((m) => `${m.id}:${m.status}`)).toEqual([
        'm2:received',
        'm3:ignored',
        'm4:received',
        'm5:received',
        'm6:received',
      ]);
      expect(documentsIn(sent.at(-1))).toBe(2);
      expect(third[0]).toBe(first[1]);
    });

    it('PL3: ids with control characters are always sent whole, and a new store holds nothing', async () => {
      const schema = target.schema('history_odd');
      const a = await target.open({ schema });
      await seedConversation(a);
      const odd = `imported${String.fromCharCode(30)}x${String.fromCharCode(31)}1`;
      await a.appendMessage(message(odd, 1));
      await a.appendMessage(message('m2', 2));
      const sent = watchHistories(a);
      const read = async () =>
        (await a.readInbound?.(T, identity!, 'none', { historyLimit: 5 }))?.history ?? [];
      expect((await read()).map((m) => m.id)).toEqual([odd, 'm2']);
      expect((await read()).map((m) => m.id)).toEqual([odd, 'm2']);
      expect(documentsIn(sent.at(-1))).toBe(1);
      const fresh = await target.open({ schema });
      const again = await fresh.readInbound?.(T, identity!, 'none', { historyLimit: 5 });
      expect(again?.history?.map((m) => m.id)).toEqual([odd, 'm2']);
    });
  });
}

/** How many rows of a history text carry their document (the others name an id). */
function documentsIn(history: string | undefined): number {
  const withDocument = new RegExp(`^\\d+${String.fromCharCode(31)}`);
  return (history ?? '').split(String.fromCharCode(30)).filter((p) => withDocument.test(p)).length;
}
