import { describe, expect, it } from 'vitest';
import { memoryChannel } from '../src/channels/memory-channel.js';
import type { DeskEventName } from '../src/events.js';
import { createTestDesk } from '../src/testing/index.js';

async function deskWithTwoChannels() {
  const wa = memoryChannel();
  const t = await createTestDesk({
    channels: [
      {
        id: 'wa',
        name: 'Sales WhatsApp',
        color: '#25D366',
        adapter: wa,
        route: { assistant: 'bot' },
      },
    ],
  });
  return { ...t, wa };
}

function recordEvents(t: Awaited<ReturnType<typeof createTestDesk>>) {
  const names: string[] = [];
  t.desk.onAny((name: DeskEventName) => {
    names.push(name);
  });
  return names;
}

describe('IN1: conversation list', () => {
  it('IN1: lists every channel in one list, newest activity first, with what an operator needs', async () => {
    const t = await deskWithTwoChannels();
    await t
      .customer('visitor-1', { name: 'Ana', email: 'ana@example.com' })
      .send('hello from the web');
    await t.clock.advance(1000);
    await t.wa
      .customer('5521988776655', { name: 'Bruno', phone: '+5521988776655' })
      .send('oi, tudo bem?');
    const { items } = await t.desk.inbox.list();
    expect(items.map((r) => r.contact.name)).toEqual(['Bruno', 'Ana']);
    const [bruno, ana] = items;
    expect(bruno?.channel).toEqual({
      id: 'wa',
      kind: 'memory',
      name: 'Sales WhatsApp',
      color: '#25D366',
    });
    expect(bruno?.contact.phone).toBe('+5521988776655');
    expect(ana?.contact.email).toBe('ana@example.com');
    expect(bruno?.conversation.lastMessage?.text).toBe('echo: oi, tudo bem?');
    expect(bruno?.conversation.unreadCount).toBe(1);
    expect(bruno?.handledBy).toBe('ai');
  });

  it('IN1: All / Unread / Solved views, and filters by label, channel, handler, assignee and text', async () => {
    const t = await deskWithTwoChannels();
    await t.customer('a', { name: 'Alice' }).send('quero o catálogo');
    await t.customer('b', { name: 'Bob' }).send('where is my order?');
    await t.wa.customer('c', { name: 'Citra' }).send('berapa harganya?');
    const id = async (name: string) =>
      (await t.desk.inbox.list({ search: name })).items[0]!.conversation.id;
    const [a, b, c] = [await id('Alice'), await id('Bob'), await id('Citra')];
    await t.desk.inbox.markRead(a);
    await t.desk.inbox.solve(b, { by: 'op-1' });
    await t.desk.inbox.addLabel(c, 'Follow Up');
    await t.desk.inbox.takeOver(c, { operatorId: 'op-2' });
    const ids = async (q: Parameters<typeof t.desk.inbox.list>[0]) =>
      (await t.desk.inbox.list(q)).items.map((r) => r.conversation.id);
    expect((await ids({ view: 'all' })).sort()).toEqual([a, b, c].sort());
    expect(await ids({ view: 'unread' })).toEqual([c]);
    expect(await ids({ view: 'solved' })).toEqual([b]);
    expect(await ids({ label: 'Follow Up' })).toEqual([c]);
    expect(await ids({ channelId: 'wa' })).toEqual([c]);
    expect(await ids({ handler: 'operator' })).toEqual([c]);
    expect(await ids({ assigneeId: 'op-2' })).toEqual([c]);
    expect(await ids({ search: 'catalogo' })).toEqual([a]);
    expect(await ids({ search: 'ORDER' })).toEqual([b]);
  });

  it('IN1: filters by contact labels and by conversation labels, each its own', async () => {
    const t = await createTestDesk();
    await t.customer('a', { name: 'Alice' }).send('hi');
    await t.customer('b', { name: 'Bob' }).send('hello');
    const row = async (name: string) => (await t.desk.inbox.list({ search: name })).items[0]!;
    const alice = await row('Alice');
    const bob = await row('Bob');
    // Seed 002's "label" is on the customer: every conversation of theirs shows it.
    await t.desk.contacts.addLabel(alice.contact.id, 'VIP');
    await t.desk.inbox.addLabel(bob.conversation.id, 'VIP');
    const ids = async (q: Parameters<typeof t.desk.inbox.list>[0]) =>
      (await t.desk.inbox.list(q)).items.map((r) => r.conversation.id);
    expect(await ids({ contactLabel: 'VIP' })).toEqual([alice.conversation.id]);
    expect(await ids({ label: 'VIP' })).toEqual([bob.conversation.id]);
    expect((await row('Alice')).contact.labels).toEqual(['VIP']);
  });

  it('IN1: pages through a long inbox with a cursor', async () => {
    const t = await createTestDesk();
    for (let i = 0; i < 12; i++) {
      await t.customer(`c${i}`).send('hi');
      await t.clock.advance(10);
    }
    const first = await t.desk.inbox.list({ limit: 5 });
    const second = await t.desk.inbox.list({ limit: 5, cursor: first.nextCursor! });
    const third = await t.desk.inbox.list({ limit: 5, cursor: second.nextCursor! });
    const all = [...first.items, ...second.items, ...third.items].map((r) => r.conversation.id);
    expect(all).toHaveLength(12);
    expect(new Set(all).size).toBe(12);
    expect(third.nextCursor).toBeUndefined();
  });
});

describe('IN2: operator actions', () => {
  it('IN2: take over stops the assistant, the operator replies, hand back resumes the assistant', async () => {
    const t = await createTestDesk();
    const events = recordEvents(t);
    const c = t.customer('c');
    await c.send('hi');
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;

    await t.desk.inbox.takeOver(conv.id, { operatorId: 'op-1' });
    await c.send('are you a bot?');
    expect(c.texts()).toEqual(['echo: hi']);
    const row = (await t.desk.inbox.list()).items[0]!;
    expect(row.handledBy).toBe('human');
    expect(row.conversation.unreadCount).toBe(2);

    await t.desk.inbox.reply(conv.id, 'No, I am Maria from the shop.', { operatorId: 'op-1' });
    expect(c.lastText()).toBe('No, I am Maria from the shop.');
    expect((await t.desk.inbox.get(conv.id)).unreadCount).toBe(0);

    await t.desk.inbox.handBack(conv.id);
    await c.send('thanks');
    expect(c.lastText()).toBe('echo: thanks');
    expect(events).toEqual(
      expect.arrayContaining([
        'conversation.taken_over',
        'message.sent',
        'conversation.handed_back',
      ]),
    );
  });

  it('IN2: an operator reply on an AI conversation takes it over first', async () => {
    const t = await createTestDesk();
    const c = t.customer('c');
    await c.send('hi');
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    const [sent] = await t.desk.inbox.reply(conv.id, 'Hello, human here', { operatorId: 'op-9' });
    expect(sent?.author).toEqual({ kind: 'operator', id: 'op-9' });
    expect((await t.desk.inbox.get(conv.id)).handler).toBe('operator');
  });

  it('IN2: solve, mark unread and read, labels on conversations, each with its event', async () => {
    const t = await createTestDesk();
    const events = recordEvents(t);
    await t.customer('c').send('hi');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await t.desk.inbox.markRead(id);
    expect((await t.desk.inbox.get(id)).unreadCount).toBe(0);
    await t.desk.inbox.markUnread(id);
    expect((await t.desk.inbox.get(id)).unreadCount).toBe(1);
    await t.desk.inbox.addLabel(id, 'Follow Up');
    await t.desk.inbox.addLabel(id, 'Follow Up');
    await t.desk.inbox.removeLabel(id, 'Follow Up');
    const solved = await t.desk.inbox.solve(id);
    expect(solved.status).toBe('solved');
    expect(solved.solvedAt).toEqual(t.clock.now());
    expect(
      events.filter(
        (e) =>
          !e.startsWith('message.') &&
          !e.startsWith('contact.') &&
          e !== 'conversation.opened' &&
          e !== 'conversation.assigned' &&
          e !== 'conversation.routed',
      ),
    ).toEqual([
      'conversation.read',
      'conversation.unread',
      'conversation.labeled',
      'conversation.unlabeled',
      'conversation.solved',
    ]);
  });

  it('IN2: a customer writing to a solved conversation reopens it', async () => {
    const t = await createTestDesk();
    const c = t.customer('c');
    await c.send('hi');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await t.desk.inbox.solve(id);
    await c.send('one more thing');
    const conv = await t.desk.inbox.get(id);
    expect(conv.status).toBe('open');
    expect(c.lastText()).toBe('echo: one more thing');
  });

  it('IN2: rename the contact, label it and add notes; operator edits survive later messages', async () => {
    const t = await createTestDesk();
    const events = recordEvents(t);
    const c = t.customer('5511999990000', { name: 'wa-pushname' });
    await c.send('hi');
    const row = (await t.desk.inbox.list()).items[0]!;
    await t.desk.contacts.rename(row.contact.id, 'Dona Célia');
    await t.desk.contacts.addLabel(row.contact.id, 'VIP');
    const note = await t.desk.contacts.addNote(row.contact.id, 'Prefers delivery after 6pm', {
      author: 'op-1',
    });
    await c.send('still there?');
    const contact = await t.desk.contacts.get(row.contact.id);
    expect(contact.name).toBe('Dona Célia');
    expect(contact.labels).toEqual(['VIP']);
    expect(contact.notes).toEqual([note]);
    expect(events).toEqual(
      expect.arrayContaining(['contact.renamed', 'contact.labeled', 'contact.noted']),
    );
    expect((await t.desk.inbox.list({ search: 'celia' })).items).toHaveLength(1);
  });

  it('IN2: bad operator input is refused with a reason', async () => {
    const t = await createTestDesk();
    await t.customer('c').send('hi');
    const row = (await t.desk.inbox.list()).items[0]!;
    await expect(t.desk.contacts.rename(row.contact.id, '   ')).rejects.toThrow(
      /name must be 1–200/,
    );
    await expect(t.desk.inbox.addLabel(row.conversation.id, '')).rejects.toThrow(/label/);
    await expect(t.desk.inbox.get('conv_missing')).rejects.toThrow(/No conversation/);
    await expect(t.desk.inbox.list({ limit: 1000 })).rejects.toThrow(/limit/);
    await expect(
      t.desk.inbox.reply(row.conversation.id, { type: 'text', text: '' }, { operatorId: 'op' }),
    ).rejects.toThrow(/text/);
  });
});

describe('PL1: tenant views', () => {
  it("PL1: a tenant sees only its own conversations and cannot act on another tenant's", async () => {
    const acme = memoryChannel();
    const t = await createTestDesk({
      assistants: [
        {
          id: 'acme-bot',
          tenantId: 'acme',
          backupTeam: 'acme-support',
          assistant: { respond: async () => ({ type: 'none' }) },
        },
      ],
      teams: [{ id: 'acme-support', tenantId: 'acme' }],
      channels: [
        { id: 'acme-web', tenantId: 'acme', adapter: acme, route: { assistant: 'acme-bot' } },
      ],
    });
    await t.customer('x').send('default tenant');
    await acme.customer('y').send('acme tenant');
    const mine = await t.desk.tenant('acme').inbox.list();
    expect(mine.items.map((r) => r.conversation.lastMessage?.text)).toEqual(['acme tenant']);
    const other = (await t.desk.inbox.list()).items[0]!;
    await expect(t.desk.tenant('acme').inbox.get(other.conversation.id)).rejects.toThrow(
      /No conversation/,
    );
    await expect(
      t.desk.tenant('acme').inbox.takeOver(other.conversation.id, { operatorId: 'spy' }),
    ).rejects.toThrow(/No conversation/);
    await expect(t.desk.tenant('acme').contacts.get(other.contact.id)).rejects.toThrow(
      /No contact/,
    );
    await expect(t.desk.tenant('acme').send({ channelId: 'test', to: 'x' }, 'hi')).rejects.toThrow(
      /No channel/,
    );
  });
});
