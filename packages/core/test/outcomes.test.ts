import { describe, expect, it } from 'vitest';
import { ParleyError } from '../src/errors.js';
import type { DeskEvents } from '../src/events.js';
import { createTestDesk } from '../src/testing/index.js';

async function deskWithConversation() {
  const t = await createTestDesk();
  await t.customer('5511988887777', { name: 'Ana' }).send('quero o plano anual');
  const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
  const events: Array<{ name: string; payload: unknown }> = [];
  t.desk.onAny((name, payload) => {
    if (name.startsWith('lead.') || name.startsWith('sale.')) events.push({ name, payload });
  });
  return { t, id, events };
}

describe('OB1: leads and sales', () => {
  it('OB1: an operator marks a lead with its expected value; lead.marked carries it', async () => {
    const { t, id, events } = await deskWithConversation();
    const conv = await t.desk.inbox.markLead(id, { by: 'op-1', value: 1500, currency: 'brl' });
    expect(conv.state.lead).toEqual({
      at: '2026-01-05T09:00:00.000Z',
      by: 'op-1',
      value: 1500,
      currency: 'BRL',
    });
    expect(events.map((e) => e.name)).toEqual(['lead.marked']);
    const payload = events[0]!.payload as DeskEvents['lead.marked'];
    expect(payload.lead.value).toBe(1500);
    expect(payload.conversation.id).toBe(id);

    await t.desk.inbox.unmarkLead(id);
    expect((await t.desk.inbox.get(id)).state.lead).toBeUndefined();
    expect(events.map((e) => e.name)).toEqual(['lead.marked', 'lead.unmarked']);
  });

  it('OB1: sales are recorded with value and currency, several per conversation, and removable', async () => {
    const { t, id, events } = await deskWithConversation();
    const first = await t.desk.inbox.recordSale(id, {
      value: 199.9,
      currency: 'BRL',
      reference: 'PED-4411',
      by: 'op-1',
    });
    expect(first.sale).toMatchObject({ value: 199.9, currency: 'BRL', reference: 'PED-4411' });
    await t.desk.inbox.recordSale(id, { value: 49.9, currency: 'BRL' });
    expect((await t.desk.inbox.get(id)).state.sales).toHaveLength(2);
    await t.desk.inbox.removeSale(id, first.sale.id);
    const sales = (await t.desk.inbox.get(id)).state.sales as Array<{ value: number }>;
    expect(sales.map((s) => s.value)).toEqual([49.9]);
    expect(events.map((e) => e.name)).toEqual(['sale.recorded', 'sale.recorded', 'sale.removed']);
  });

  it('OB1: a sale without a currency, a negative value or an unknown field is refused with the fix', async () => {
    const { t, id, events } = await deskWithConversation();
    const refused = async (p: Promise<unknown>, message: RegExp) => {
      await expect(p).rejects.toSatisfy(
        (e: unknown) =>
          ParleyError.hasCode(e, 'INPUT_INVALID') && message.test((e as Error).message),
      );
    };
    await refused(t.desk.inbox.recordSale(id, { value: 10 } as never), /currency/);
    await refused(t.desk.inbox.recordSale(id, { value: -1, currency: 'BRL' }), /negative/);
    await refused(
      t.desk.inbox.recordSale(id, { value: 1, currency: 'BRL', ammount: 2 } as never),
      /unknown key "ammount"/,
    );
    await refused(t.desk.inbox.markLead(id, { value: 10 }), /needs its currency/);
    await expect(t.desk.inbox.removeSale(id, 'sale_nope')).rejects.toThrow(/No sale "sale_nope"/);
    expect(events).toEqual([]);
  });

  it("OB1: one tenant cannot mark another tenant's conversation", async () => {
    const { t, id } = await deskWithConversation();
    await expect(t.desk.tenant('other').inbox.markLead(id)).rejects.toSatisfy((e: unknown) =>
      ParleyError.hasCode(e, 'NOT_FOUND'),
    );
  });
});
