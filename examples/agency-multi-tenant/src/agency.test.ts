import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock, type FakeClock } from '@parley/core/testing';
import { createTestReceiver } from '@parley/webhooks/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { adminHandler } from './admin-http.js';
import { type Agency, createAgency } from './agency.js';
import { apiChannelsHandler } from './http-bridge.js';

const rio = {
  id: 'loja-rio',
  name: 'Loja Rio',
  assistant: {
    language: 'pt',
    faq: [
      {
        question: 'Qual o prazo de entrega?',
        answer: 'Entregamos em até 2 dias úteis no Grande Rio.',
      },
    ],
  },
  channels: [{ id: 'rio-demo', kind: 'memory' }],
};
const jakarta = {
  id: 'toko-jakarta',
  name: 'Toko Jakarta',
  assistant: {
    language: 'id',
    faq: [
      { question: 'Berapa lama pengiriman?', answer: 'Pengiriman 1–2 hari kerja ke Jabodetabek.' },
    ],
  },
  channels: [{ id: 'jkt-demo', kind: 'memory' }],
};

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(tenants: unknown[], extra: { watch?: boolean } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'agency-'));
  const configFile = join(dir, 'agency.yaml');
  await writeFile(configFile, stringify({ tenants }));
  const clock = createFakeClock();
  const lines: string[] = [];
  const agency = await createAgency({
    configFile,
    clock,
    watch: extra.watch ?? false,
    webhooks: { allowPrivateNetworks: true },
    log: (l) => lines.push(l),
  });
  await agency.start();
  cleanups.push(
    () => rm(dir, { recursive: true, force: true }),
    () => agency.stop(),
  );
  return { agency, configFile, clock, lines };
}

/** Asks a tenant's memory channel as a customer; resolves with the replies. */
async function ask(
  agency: Agency,
  tenantId: string,
  channelId: string,
  text: string,
  from = 'cliente',
) {
  const channel = agency.running(tenantId)?.memory.get(channelId);
  if (!channel) throw new Error(`no channel ${channelId}`);
  const c = channel.customer(from);
  const before = c.received.length;
  await c.send(text);
  return c.texts().slice(before);
}

describe('PL1: the agency example', () => {
  it('PL1: each tenant from the config file answers from its own knowledge only', async () => {
    const { agency } = await setup([rio, jakarta]);
    expect(await ask(agency, 'loja-rio', 'rio-demo', 'Qual o prazo de entrega?')).toEqual([
      'Entregamos em até 2 dias úteis no Grande Rio.',
    ]);
    expect(await ask(agency, 'toko-jakarta', 'jkt-demo', 'berapa lama pengiriman?')).toEqual([
      'Pengiriman 1–2 hari kerja ke Jabodetabek.',
    ]);
    // Rio's assistant never answers from Jakarta's knowledge: it hands the question over.
    const crossed = await ask(agency, 'loja-rio', 'rio-demo', 'Berapa lama pengiriman?', 'outro');
    expect(crossed.join(' ')).not.toMatch(/Jabodetabek/);
    const rows = (await agency.desk.tenant('toko-jakarta').inbox.list()).items;
    expect(rows.map((r) => r.conversation.channelId)).toEqual(['jkt-demo']);
  });

  it('PL1: tenants added, changed and removed in the file apply on reload, without a restart', async () => {
    const { agency, configFile } = await setup([rio]);
    await ask(agency, 'loja-rio', 'rio-demo', 'Qual o prazo de entrega?');
    await writeFile(configFile, stringify({ tenants: [jakarta] }));
    expect(await agency.reload()).toEqual({
      added: ['toko-jakarta'],
      removed: ['loja-rio'],
      changed: [],
    });
    expect(agency.desk.channels.list().map((c) => c.id)).toEqual(['jkt-demo']);
    expect(agency.running('loja-rio')).toBeUndefined();
    expect(await ask(agency, 'toko-jakarta', 'jkt-demo', 'Berapa lama pengiriman?')).toEqual([
      'Pengiriman 1–2 hari kerja ke Jabodetabek.',
    ]);
    // The removed tenant's data stays: bringing it back shows its old conversation.
    const newFaq = {
      ...jakarta.assistant,
      faq: [{ question: 'Berapa lama pengiriman?', answer: 'Sekarang sehari sampai!' }],
    };
    await writeFile(configFile, stringify({ tenants: [{ ...jakarta, assistant: newFaq }, rio] }));
    expect(await agency.reload()).toEqual({
      added: ['loja-rio'],
      removed: [],
      changed: ['toko-jakarta'],
    });
    expect(
      await ask(agency, 'toko-jakarta', 'jkt-demo', 'Berapa lama pengiriman?', 'baru'),
    ).toEqual(['Sekarang sehari sampai!']);
    expect((await agency.desk.tenant('loja-rio').inbox.list()).items).toHaveLength(1);
  });

  it('PL1: a broken config file changes nothing and says what is wrong', async () => {
    const { agency, configFile } = await setup([rio]);
    await writeFile(
      configFile,
      stringify({ tenants: [rio, { ...jakarta, channels: [{ id: 'rio-demo', kind: 'memory' }] }] }),
    );
    await expect(agency.reload()).rejects.toThrow(
      /tenants\.1\.channels\.0\.id: channel "rio-demo" is already used by tenant "loja-rio"/,
    );
    await writeFile(configFile, 'tenants: [ { id: Bad Id } ');
    await expect(agency.reload()).rejects.toThrow(/is not valid YAML/);
    expect(agency.tenants().map((t) => t.id)).toEqual(['loja-rio']);
    expect(await ask(agency, 'loja-rio', 'rio-demo', 'Qual o prazo de entrega?')).toHaveLength(1);
  });

  it('PL1: the file is watched: saving it adds a tenant while the agency runs', async () => {
    const { agency, configFile, clock } = await setup([rio], { watch: true });
    const reloaded = agency.nextReload();
    const timers = clock.pending();
    await writeFile(configFile, stringify({ tenants: [rio, jakarta] }));
    // The change is seen by the watcher, then waits for the debounce on the fake clock.
    await waitForWatcher(clock, timers);
    expect(await reloaded).toEqual({ added: ['toko-jakarta'], removed: [], changed: [] });
    expect(agency.tenants().map((t) => t.id)).toEqual(['loja-rio', 'toko-jakarta']);
  });

  it('PL1: the admin API adds and removes tenants at runtime and keeps the file in step', async () => {
    const { agency, configFile } = await setup([rio]);
    const server: Server = createServer();
    const admin = adminHandler(agency, { token: 'agency-secret-token' });
    server.on('request', async (req, res) => {
      if (!(await admin(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const call = (method: string, path: string, body?: unknown, token = 'agency-secret-token') =>
      fetch(base + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });

    expect((await call('GET', '/admin/tenants', undefined, 'wrong')).status).toBe(401);
    const put = await call('PUT', '/admin/tenants/toko-jakarta', jakarta);
    expect(await put.json()).toEqual({ added: ['toko-jakarta'], removed: [], changed: [] });
    const chat = await call('POST', '/admin/tenants/toko-jakarta/channels/jkt-demo/messages', {
      from: '6281234567890',
      text: 'Berapa lama pengiriman?',
    });
    expect(await chat.json()).toEqual({
      outcome: 'accepted',
      replies: ['Pengiriman 1–2 hari kerja ke Jabodetabek.'],
    });
    expect(await readFile(configFile, 'utf8')).toContain('toko-jakarta');

    const bad = await call('PUT', '/admin/tenants/x', { name: 'X', channels: [] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/channels: give the business at least one channel/);

    const exported = await call('GET', '/admin/tenants/toko-jakarta/export?format=jsonl');
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      lines.some((l) => l.table === 'messages' && l.content?.text === 'Berapa lama pengiriman?'),
    ).toBe(true);
    expect(lines.every((l) => l.tenantId === undefined || l.tenantId === 'toko-jakarta')).toBe(
      true,
    );

    expect((await call('DELETE', '/admin/tenants/toko-jakarta')).status).toBe(200);
    expect((await call('DELETE', '/admin/tenants/toko-jakarta')).status).toBe(404);
    const list = await (await call('GET', '/admin/tenants')).json();
    expect(list.tenants.map((t: { id: string }) => t.id)).toEqual(['loja-rio']);
    expect(await readFile(configFile, 'utf8')).not.toContain('toko-jakarta');
  });

  it("PL1: each tenant's webhooks get only its own events, and follow the config", async () => {
    const receivers = { rio: await createTestReceiver(), jkt: await createTestReceiver() };
    cleanups.push(
      () => receivers.rio.close(),
      () => receivers.jkt.close(),
    );
    const { agency, configFile } = await setup([
      { ...rio, webhooks: [{ url: receivers.rio.url, types: ['message.received'] }] },
      { ...jakarta, webhooks: [{ url: receivers.jkt.url, types: ['message.received'] }] },
    ]);
    await ask(agency, 'loja-rio', 'rio-demo', 'Qual o prazo de entrega?');
    await receivers.rio.waitFor(1);
    await agency.shared.webhooks.idle();
    expect(receivers.jkt.requests).toEqual([]);
    expect(JSON.parse(receivers.rio.requests[0]!.body).data.message.tenantId).toBe('loja-rio');
    // Dropping the webhook from the file removes the endpoint.
    await writeFile(configFile, stringify({ tenants: [rio, jakarta] }));
    await agency.reload();
    expect(await agency.shared.webhooks.listEndpoints('loja-rio')).toEqual([]);
    expect(await agency.shared.webhooks.listEndpoints('toko-jakarta')).toHaveLength(0);
  });
});

describe('CH6: API channels of a tenant', () => {
  it("CH6: a tenant's API channel takes messages over HTTP and delivers the answer to its webhook", async () => {
    const receiver = await createTestReceiver();
    cleanups.push(() => receiver.close());
    const inboxToken = 'api-shop-inbox-token-123';
    const { agency } = await setup([
      {
        ...jakarta,
        channels: [
          {
            id: 'jkt-api',
            kind: 'api',
            inboxToken,
            webhookUrl: receiver.url,
            webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
          },
        ],
      },
    ]);
    const server: Server = createServer();
    const api = apiChannelsHandler(agency);
    server.on('request', async (req, res) => {
      if (!(await api(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (token: string) =>
      fetch(`${base}/api/jkt-api/contacts/crm-7/conversations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: { id: 'm-1', text: 'Berapa lama pengiriman?' } }),
      });
    expect((await post('not-the-token-at-all')).status).toBe(401);
    const contact = await fetch(`${base}/api/jkt-api/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${inboxToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'crm-7', name: 'Sari' }),
    });
    expect(contact.status).toBe(201);
    expect((await post(inboxToken)).status).toBe(201);
    await receiver.waitFor(1);
    expect(receiver.requests[0]!.body).toContain('Pengiriman 1–2 hari kerja ke Jabodetabek.');
    expect((await fetch(`${base}/api/nope/contacts`)).status).toBe(404);
  });
});

/** Lets the file watcher's event arrive (real I/O, no timer), then fires its debounce timer. */
async function waitForWatcher(clock: FakeClock, timersBefore: number): Promise<void> {
  for (let i = 0; i < 100_000 && clock.pending() === timersBefore; i++)
    await new Promise((r) => setImmediate(r));
  await clock.advance(300);
}
