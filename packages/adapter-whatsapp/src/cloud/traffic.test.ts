// Payloads Meta documents for the Cloud API webhook (each fixture names its page in
// `_source`), fed through the webhook handler into a real desk.
import type { DeskEvents } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { CLOUD, cloudDesk, fixture, fixtureText } from '../test-helpers.js';
import { whatsapp } from '../whatsapp.js';
import { cloudApi } from './transport.js';

const ANA = '+5511987654321';
const MARIA = 'BR.1502576394655843';

async function inbox(t: Awaited<ReturnType<typeof cloudDesk>>) {
  const rows = (await t.desk.inbox.list()).items;
  return Promise.all(
    rows.map(async (row) => ({
      row,
      messages: await t.desk.inbox.messages(row.conversation.id, { limit: 100 }),
    })),
  );
}

describe('WhatsApp Cloud API: what production sends', () => {
  it('CH2: a username-only sender (business-scoped id, no wa_id) is received, stored and answered; a bad entry does not fail the batch', async () => {
    const warnings: Array<[string, unknown]> = [];
    const logger = {
      debug() {},
      info() {},
      warn: (message: string, data?: unknown) => warnings.push([message, data]),
      error() {},
    };
    const t = await cloudDesk({ script: () => 'Entregamos sim!', logger });
    const response = await t.post(fixtureText('cloud/bsuid-batch.json'));
    expect(response.status).toBe(200);
    // The malformed one is reported with where it was and what is wrong.
    expect(warnings).toEqual([
      [
        'whatsapp: webhook item skipped, the rest of the batch goes on',
        expect.objectContaining({ list: 'messages', index: 1, id: 'wamid.BROKEN' }),
      ],
    ]);
    const threads = await inbox(t);
    const byAddress = new Map(threads.map((x) => [x.row.conversation.contactAddress, x]));
    expect([...byAddress.keys()].sort()).toEqual([ANA, MARIA].sort());
    expect(byAddress.get(MARIA)!.row.contact).toMatchObject({ name: 'Maria Lopez' });
    expect(byAddress.get(MARIA)!.row.contact.phone).toBeUndefined();
    expect(byAddress.get(ANA)!.row.contact).toMatchObject({ name: 'Ana Souza', phone: ANA });
    // The reply to Maria goes to her business-scoped id in `recipient`, not `to`.
    const toMaria = t.graph.requests.find((r) => r.json?.recipient === MARIA);
    expect(toMaria?.json).toMatchObject({ recipient_type: 'individual', type: 'text' });
    expect(toMaria?.json).not.toHaveProperty('to');
    expect(t.graph.requests.some((r) => r.json?.to === '5511987654321')).toBe(true);
    // Her read receipt names her by that id alone.
    const reads: Array<DeskEvents['message.read']> = [];
    t.desk.on('message.read', (e) => {
      reads.push(e);
    });
    const read = fixture('cloud/status-read-bsuid.json');
    const replyId = (await inbox(t))
      .find((x) => x.row.conversation.contactAddress === MARIA)!
      .messages.find((m) => m.direction === 'outbound')!.externalId;
    read.entry[0].changes[0].value.statuses[0].id = replyId;
    await t.post(read);
    expect(reads.map((r) => [r.address, r.externalIds])).toEqual([[MARIA, [replyId]]]);
    // And an operator can write to her by that id, the same contact.
    await t.desk.send({ channelId: 'wa', to: MARIA }, 'Seu pedido saiu!');
    expect((await inbox(t)).length).toBe(2);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it("CH2: Meta's test business number (+1 555 …) is accepted at setup", () => {
    const adapter = whatsapp({ number: '+1 555 078 3881', transport: cloudApi({ ...CLOUD }) });
    expect(adapter.number).toBe('+15550783881');
    expect(() => whatsapp({ number: '+1 555 078', transport: cloudApi({ ...CLOUD }) })).toThrow(
      /not a valid phone number/,
    );
  });

  it("CH2: a failed status (131047) marks the reply failed with Meta's explanation and fires message.failed", async () => {
    const t = await cloudDesk({ script: () => 'Claro!' });
    const failed: Array<DeskEvents['message.failed']> = [];
    t.desk.on('message.failed', (e) => {
      failed.push(e);
    });
    await t.post(fixtureText('cloud/text.json'));
    const [{ messages }] = (await inbox(t)) as [Awaited<ReturnType<typeof inbox>>[number]];
    const reply = messages.find((m) => m.direction === 'outbound')!;
    const body = fixture('cloud/status-failed.json');
    body.entry[0].changes[0].value.statuses[0].id = reply.externalId;
    await t.post(body);
    await t.post(body); // Meta redelivers: one event
    const stored = (await inbox(t))[0]!.messages.find((m) => m.id === reply.id)!;
    expect(stored.status).toBe('failed');
    expect(stored.reason).toBe(
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error.message).toContain('more than 24 hours');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('CH2: a changed number moves the contact and its conversation to the new number', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/text.json'));
    await t.post(fixtureText('cloud/system.json'));
    const [thread] = await inbox(t);
    expect(thread!.row.conversation.contactAddress).toBe('+5511900001111');
    expect(thread!.row.contact.phone).toBe('+5511900001111');
    expect(t.assistant.calls).toHaveLength(1);
    await t.close();
  });

  it('CH2: a catalogue order, a completed Flow and a product question reach the inbox readable', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/commerce.json'));
    const [thread] = await inbox(t);
    const inbound = thread!.messages.filter((m) => m.direction === 'inbound');
    expect(inbound.map((m) => m.content)).toEqual([
      {
        type: 'text',
        text: 'Order (catalog 194836987003835):\n2 × di9ozbzfi4 at 7.99 BRL\n1 × camiseta-azul-m at 59.9 BRL\nPode embrulhar para presente?',
      },
      { type: 'text', text: 'Form sent\nnome: Ana Souza\ncep: 24020-005' },
      { type: 'text', text: 'Tem no tamanho G?' },
    ]);
    expect(inbound[2]!.referral).toEqual({
      source: 'product',
      ref: 'camiseta-azul-m',
      body: 'catalog 194836987003835',
    });
    expect(inbound[2]!.replyToExternalId).toBe('wamid.CATALOG01');
    await t.close();
  });

  it('CH2: a reply typed in the WhatsApp Business app (coexistence echo) is an operator message and pauses the assistant', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/text.json'));
    await t.post(fixtureText('cloud/smb-echoes.json'));
    await t.post(fixtureText('cloud/smb-echoes.json')); // redelivered: recorded once
    const [thread] = await inbox(t);
    expect(thread!.row.conversation.handler).toBe('operator');
    expect(thread!.messages.map((m) => [m.direction, m.author.kind])).toEqual([
      ['inbound', 'contact'],
      ['outbound', 'assistant'],
      ['outbound', 'operator'],
    ]);
    await t.close();
  });

  it("CH2: the Business app's chat history is recorded in place, answered by no one, pausing nothing", async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/history.json'));
    const [thread] = await inbox(t);
    expect(thread!.messages.map((m) => [m.direction, m.author.kind, m.externalId])).toEqual([
      ['inbound', 'contact', 'wamid.HIST01'],
      ['outbound', 'operator', 'wamid.HIST02'],
    ]);
    expect(t.assistant.calls).toHaveLength(0);
    expect(t.graph.requests.filter((r) => r.json?.type === 'text')).toEqual([]);
    // A message from last week opens no 24-hour window.
    await expect(
      t.desk.send({ conversationId: thread!.row.conversation.id }, 'Oi de novo'),
    ).rejects.toMatchObject({ code: 'REPLY_WINDOW_CLOSED' });
    await t.close();
  });

  it('CH2: a reaction is stored on its message and shown, not answered', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/kinds.json'));
    const [thread] = await inbox(t);
    const reactions = thread!.messages.filter((m) => m.content.type === 'reaction');
    expect(reactions).toHaveLength(1);
    expect(
      t.assistant.calls.flatMap((c) => c.turn).some((m) => m.content.type === 'reaction'),
    ).toBe(false);
    expect(t.assistant.calls.length).toBeGreaterThan(0);
    await t.close();
  });
});
