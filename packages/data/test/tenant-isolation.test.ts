import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { campaigns as campaignsPlugin } from '@parley/campaigns';
import { createDesk, type Desk, ParleyError } from '@parley/core';
import { createFakeClock, memoryChannel, scriptedAssistant } from '@parley/core/testing';
import { createKnowledgeBase } from '@parley/kb';
import { attachToDesk, createWebhookDelivery } from '@parley/webhooks';
import { createTestReceiver } from '@parley/webhooks/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { exportData } from '../src/export/export-data.js';
import { dataManagement } from '../src/retention/data-management.js';
import { tempDir } from '../src/test-support.js';

/** Two businesses on one desk, each with its channel, assistant, team and data. */
async function agency() {
  const clock = createFakeClock('2026-05-04T12:00:00Z');
  const channels = { acme: memoryChannel(), globex: memoryChannel() };
  const campaigns = campaignsPlugin({ pacing: false });
  const dm = dataManagement();
  const desk = createDesk({
    clock,
    plugins: [campaigns, dm],
    teams: [
      { id: 'acme-team', tenantId: 'acme' },
      { id: 'globex-team', tenantId: 'globex' },
    ],
    assistants: [
      { id: 'acme-bot', tenantId: 'acme', assistant: scriptedAssistant(), backupTeam: 'acme-team' },
      {
        id: 'globex-bot',
        tenantId: 'globex',
        assistant: scriptedAssistant(),
        backupTeam: 'globex-team',
      },
    ],
    channels: [
      {
        id: 'acme-chat',
        tenantId: 'acme',
        adapter: channels.acme,
        route: { assistant: 'acme-bot' },
        csat: {},
      },
      {
        id: 'globex-chat',
        tenantId: 'globex',
        adapter: channels.globex,
        route: { assistant: 'globex-bot' },
      },
    ],
  });
  await desk.start();
  await channels.acme
    .customer('5521988776655', { name: 'Ana Acme' })
    .send('segredo da Acme: pedido 4242');
  await channels.globex.customer('6281234567890', { name: 'Budi Globex' }).send('halo dari Globex');
  const acmeRow = (await desk.tenant('acme').inbox.list()).items[0]!;
  await desk.tenant('acme').inbox.solve(acmeRow.conversation.id);
  await channels.acme.customer('5521988776655').send('5');
  await desk.store.recordUsage({
    tenantId: 'acme',
    assistantId: 'acme-bot',
    conversationId: acmeRow.conversation.id,
    model: 'gpt-4o-mini',
    inputTokens: 500,
    outputTokens: 100,
    cost: 0.001,
    at: clock.now(),
  });
  return { desk, clock, channels, campaigns, dm, acme: acmeRow };
}

/** Every trace of one tenant, as JSON lines: what "its data" means here. */
async function everything(desk: Desk, tenantId: string, dir: string): Promise<string> {
  const to = join(dir, `${tenantId}-${Math.random()}.jsonl`);
  await exportData(desk, { format: 'jsonl', to, tenantId });
  return readFile(to, 'utf8');
}

const notFound = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e) => (ParleyError.hasCode(e, 'NOT_FOUND') ? 'NOT_FOUND' : String(e)),
  );

describe('PL1: tenants are isolated', () => {
  const temp = tempDir();
  afterAll(async () => (await temp).cleanup());

  it("PL1: no inbox, contact or send API of one tenant reads or changes another's conversations", async () => {
    const { desk, acme } = await agency();
    const { dir } = await temp;
    const before = await everything(desk, 'acme', dir);
    const globex = desk.tenant('globex');
    const convId = acme.conversation.id;
    const contactId = acme.contact.id;
    const attempts = {
      get: notFound(globex.inbox.get(convId)),
      messages: notFound(globex.inbox.messages(convId)),
      takeOver: notFound(globex.inbox.takeOver(convId, { operatorId: 'spy' })),
      handBack: notFound(globex.inbox.handBack(convId)),
      reply: notFound(globex.inbox.reply(convId, 'hi', { operatorId: 'spy' })),
      solve: notFound(globex.inbox.solve(convId)),
      markRead: notFound(globex.inbox.markRead(convId)),
      markUnread: notFound(globex.inbox.markUnread(convId)),
      addLabel: notFound(globex.inbox.addLabel(convId, 'stolen')),
      removeLabel: notFound(globex.inbox.removeLabel(convId, 'x')),
      contact: notFound(globex.contacts.get(contactId)),
      rename: notFound(globex.contacts.rename(contactId, 'Spy')),
      contactLabel: notFound(globex.contacts.addLabel(contactId, 'x')),
      note: notFound(globex.contacts.addNote(contactId, 'x')),
      attributes: notFound(globex.contacts.setAttributes(contactId, { x: 1 })),
      sendToConversation: notFound(globex.send({ conversationId: convId }, 'hi')),
      sendOnTheirChannel: notFound(
        globex.send({ channelId: 'acme-chat', to: '5521988776655' }, 'hi'),
      ),
    };
    const results = Object.fromEntries(
      await Promise.all(Object.entries(attempts).map(async ([k, p]) => [k, await p])),
    );
    expect(Object.values(results).every((r) => r === 'NOT_FOUND')).toBe(true);
    expect(await everything(desk, 'acme', dir)).toBe(before);
  });

  it("PL1: lists, search, usage, CSAT, ignored messages and channels show only the tenant's own", async () => {
    const { desk } = await agency();
    const globex = desk.tenant('globex');
    const acme = desk.tenant('acme');
    expect((await globex.inbox.list()).items.map((r) => r.contact.name)).toEqual(['Budi Globex']);
    expect(
      (await globex.inbox.list({ search: '4242', status: ['open', 'solved', 'closed'] })).items,
    ).toEqual([]);
    expect(
      (await acme.inbox.list({ search: '4242', status: ['open', 'solved', 'closed'] })).items,
    ).toHaveLength(1);
    expect(await globex.usage()).toEqual({ inputTokens: 0, outputTokens: 0, cost: 0, calls: 0 });
    expect((await acme.usage()).inputTokens).toBe(500);
    expect(await globex.csat.responses()).toEqual([]);
    expect((await acme.csat.responses()).map((r) => r.score)).toEqual([5]);
    expect((await globex.csat.averages()).overall.count).toBe(0);
    expect(await globex.inbox.ignored()).toEqual([]);
    expect(desk.channels.list('globex').map((c) => c.id)).toEqual(['globex-chat']);
  });

  it('PL1: an export of one tenant holds nothing of another', async () => {
    const { desk, acme } = await agency();
    const { dir } = await temp;
    const globex = await everything(desk, 'globex', dir);
    expect(globex).toContain('halo dari Globex');
    for (const secret of [
      '4242',
      'Ana Acme',
      acme.conversation.id,
      acme.contact.id,
      'acme-chat',
      'acme-bot',
    ])
      expect(globex).not.toContain(secret);
    const xlsx = join(dir, 'globex.xlsx');
    const report = await exportData(desk, { format: 'xlsx', to: xlsx, tenantId: 'globex' });
    expect(report.rows).toMatchObject({ conversations: 1, contacts: 1, csat: 0, usage: 0 });
  });

  it("PL1: a tenant's retention run and campaigns never reach another tenant", async () => {
    const { desk, clock, campaigns, dm, acme } = await agency();
    const { dir } = await temp;
    await clock.advance(10 * 86_400_000);
    await dm.setPolicy('globex', {
      messages: { olderThanDays: 1, action: 'delete' },
      inactiveContacts: { afterDays: 1 },
    });
    const before = await everything(desk, 'acme', dir);
    const report = await dm.run('globex');
    expect(report.messages?.changed).toBe(2);
    expect(report.inactiveContacts?.deleted).toBe(1);
    expect(await everything(desk, 'acme', dir)).toBe(before);
    await campaigns.tenant('acme').lists.create({ id: 'vip' });
    expect(await campaigns.tenant('globex').lists.all()).toEqual([]);
    campaigns.define({
      id: 'promo',
      tenantId: 'globex',
      channelId: 'globex-chat',
      steps: [{ message: 'x' }],
    });
    await expect(
      campaigns
        .tenant('globex')
        .enrol('promo', { address: acme.conversation.contactAddress, channelId: 'acme-chat' }),
    ).rejects.toThrow(/No channel "acme-chat" in tenant "globex"/);
  });

  it("PL1: knowledge bases kept in one store answer only from their own tenant's documents", async () => {
    const { desk } = await agency();
    const kv = desk.store.kv('kb');
    const acmeKb = createKnowledgeBase({ tenantId: 'acme', store: kv });
    const globexKb = createKnowledgeBase({ tenantId: 'globex', store: kv });
    await acmeKb.addFaq([
      { question: 'Qual o prazo de entrega da Acme?', answer: 'Acme entrega em 2 dias úteis.' },
    ]);
    await globexKb.addFaq([
      { question: 'Berapa lama pengiriman Globex?', answer: 'Globex kirim 3 hari kerja.' },
    ]);
    expect(
      (await globexKb.search('prazo de entrega Acme')).map((h) => h.text).join(' '),
    ).not.toMatch(/Acme/);
    // A fresh instance loads from the shared store: still only its own documents.
    const reloaded = createKnowledgeBase({ tenantId: 'globex', store: kv });
    const docs = await reloaded.documents();
    expect(docs).toHaveLength(1);
    expect((await reloaded.search('entrega')).every((h) => !h.text.includes('Acme'))).toBe(true);
    expect(
      (await createKnowledgeBase({ tenantId: 'acme', store: kv }).search('prazo de entrega'))[0]
        ?.text,
    ).toMatch(/Acme/);
  });

  it("PL1: webhook endpoints and deliveries of one tenant are out of another's reach", async () => {
    const { desk, channels } = await agency();
    const receivers = { acme: await createTestReceiver(), globex: await createTestReceiver() };
    const delivery = createWebhookDelivery({ store: desk.store, allowPrivateNetworks: true });
    const acmeEndpoint = await delivery.addEndpoint('acme', {
      url: receivers.acme.url,
      types: ['message.*'],
    });
    await delivery.addEndpoint('globex', { url: receivers.globex.url, types: ['message.*'] });
    await delivery.start();
    const detach = attachToDesk(desk, delivery);
    try {
      await channels.acme.customer('5521988776655').send('nova mensagem da Acme');
      await receivers.acme.waitFor(2);
      await delivery.idle();
      expect(receivers.globex.requests).toEqual([]);
      expect(receivers.acme.requests.every((r) => !r.body.includes('Globex'))).toBe(true);
      expect((await delivery.listEndpoints('globex')).map((e) => e.url)).toEqual([
        receivers.globex.url,
      ]);
      expect(await delivery.getEndpoint('globex', acmeEndpoint.id)).toBeUndefined();
      expect(await delivery.removeEndpoint('globex', acmeEndpoint.id)).toBe(false);
      await expect(
        delivery.updateEndpoint('globex', acmeEndpoint.id, { enabled: false }),
      ).rejects.toThrow();
      const acmeDeliveries = await delivery.listDeliveries('acme');
      expect(acmeDeliveries.length).toBeGreaterThanOrEqual(2);
      expect(await delivery.getDelivery('globex', acmeDeliveries[0]!.id)).toBeUndefined();
      expect(await delivery.listDeliveries('globex')).toEqual([]);
      expect((await delivery.getEndpoint('acme', acmeEndpoint.id))?.enabled).toBe(true);
    } finally {
      detach();
      await delivery.stop();
      await receivers.acme.close();
      await receivers.globex.close();
    }
  });
});
