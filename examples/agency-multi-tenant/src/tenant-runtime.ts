import type { Server } from 'node:http';
import { type ApiChannel, apiChannel } from '@parley/adapter-api';
import { type LivechatChannel, livechat } from '@parley/adapter-livechat';
import { faqAssistant } from '@parley/assistant';
import type { Campaigns } from '@parley/campaigns';
import { type ChannelAdapter, type Desk, type MemoryChannel, memoryChannel } from '@parley/core';
import type { DataManagementPlugin } from '@parley/data';
import { createKnowledgeBase, type KnowledgeBase } from '@parley/kb';
import type { WebhookDelivery } from '@parley/webhooks';
import type { TenantConfig } from './config.js';

/** What the agency shares between tenants. */
export interface Shared {
  desk: Desk;
  webhooks: WebhookDelivery;
  campaigns: Campaigns;
  data: DataManagementPlugin;
  /** The HTTP server live-chat sockets are mounted on, when there is one. */
  server?: Server;
  /**
   * Memory channels by id, kept when a tenant changes: a new one would number its
   * message ids from 1 again, and the desk would take them for redeliveries.
   */
  memoryChannels: Map<string, MemoryChannel>;
  /** Delivery settings of API channels' own outboxes (e.g. `allowPrivateNetworks`). */
  apiDelivery?: { allowPrivateNetworks?: boolean };
  log(line: string): void;
}

/** One running business: what was added for it, so it can be taken down again. */
export interface RunningTenant {
  config: TenantConfig;
  knowledge: KnowledgeBase;
  /** Memory channels by id (reachable through the admin API). */
  memory: Map<string, MemoryChannel>;
  /** API channels by id (served at `/api/<id>`). */
  api: Map<string, ApiChannel>;
  /** Detaches live-chat sockets from the server. */
  detach: Array<() => void>;
}

export const teamOf = (tenantId: string) => `${tenantId}-team`;
export const assistantOf = (tenantId: string) => `${tenantId}-assistant`;

/**
 * Brings a business up: its team, knowledge base (kept in the store, so a restart
 * reloads it), assistant, channels, webhook endpoints, retention and campaigns. Every
 * id carries the tenant, and every part is created in its tenant.
 */
export async function startTenant(shared: Shared, config: TenantConfig): Promise<RunningTenant> {
  const { desk } = shared;
  const tenantId = config.id;
  const knowledge = createKnowledgeBase({
    tenantId,
    id: 'main',
    store: desk.store.kv('kb'),
    clock: desk.clock,
  });
  if (config.assistant.faq.length > 0)
    await knowledge.addFaq(config.assistant.faq, { title: `${config.name} FAQ` });
  const running: RunningTenant = {
    config,
    knowledge,
    memory: new Map(),
    api: new Map(),
    detach: [],
  };
  await desk.teams.add({ id: teamOf(tenantId), tenantId, name: `${config.name} team` });
  desk.assistants.add({
    id: assistantOf(tenantId),
    tenantId,
    name: config.assistant.name,
    assistant: faqAssistant({ knowledge, language: config.assistant.language }),
    backupTeam: teamOf(tenantId),
  });
  for (const c of config.channels) {
    let adapter: ChannelAdapter;
    if (c.kind === 'memory') {
      const memory = shared.memoryChannels.get(c.id) ?? memoryChannel();
      shared.memoryChannels.set(c.id, memory);
      running.memory.set(c.id, memory);
      adapter = memory;
    } else if (c.kind === 'api') {
      const api = apiChannel({
        inboxToken: c.inboxToken!,
        webhookUrl: c.webhookUrl!,
        webhookSecret: c.webhookSecret!,
        basePath: `/api/${c.id}`,
        ...(c.identitySecret !== undefined && { identitySecret: c.identitySecret }),
        ...(shared.apiDelivery && { deliveryOptions: shared.apiDelivery }),
      });
      running.api.set(c.id, api);
      adapter = api;
    } else {
      const chat: LivechatChannel = livechat({
        // Tenants' sites are not known to this example; list them in production (P-18).
        allowedOrigins: c.allowedOrigins ?? '*',
        ...(c.identitySecret !== undefined && { identitySecret: c.identitySecret }),
      });
      if (shared.server) running.detach.push(chat.attach(shared.server, { path: `/chat/${c.id}` }));
      adapter = chat;
    }
    await desk.channels.add({
      id: c.id,
      tenantId,
      adapter,
      route: { assistant: assistantOf(tenantId) },
      ...(c.name !== undefined && { name: c.name }),
      ...(c.color !== undefined && { color: c.color }),
      ...(c.welcomeMessage !== undefined && { welcomeMessage: c.welcomeMessage }),
    });
  }
  await syncWebhooks(shared, config);
  if (config.retention) await shared.data.setPolicy(tenantId, config.retention);
  for (const campaign of config.campaigns)
    shared.campaigns.define({ ...campaign, tenantId } as never);
  shared.log(`+ ${tenantId}: ${config.channels.map((c) => `${c.kind} ${c.id}`).join(', ')}`);
  return running;
}

/**
 * Takes a business down. Its data stays in the store: removing a tenant is not
 * deleting it. With `next` (its changed config), what carries over stays: webhook
 * endpoints and their secrets, retention, and the enrolments of campaigns kept.
 */
export async function stopTenant(
  shared: Shared,
  running: RunningTenant,
  next?: TenantConfig,
): Promise<void> {
  const { desk } = shared;
  const tenantId = running.config.id;
  for (const detach of running.detach) detach();
  for (const c of running.config.channels) await desk.channels.remove(c.id);
  desk.tenant(tenantId).assistants.remove(assistantOf(tenantId));
  await desk.tenant(tenantId).teams.remove(teamOf(tenantId));
  if (!next) {
    for (const e of await shared.webhooks.listEndpoints(tenantId))
      await shared.webhooks.removeEndpoint(tenantId, e.id);
  }
  if (running.config.retention && !next?.retention)
    await shared.data.setPolicy(tenantId, undefined);
  const kept = new Set(next?.campaigns.map((c) => String(c.id)));
  for (const c of running.config.campaigns) {
    if (!kept.has(String(c.id))) await shared.campaigns.remove(String(c.id), tenantId);
  }
  shared.log(next ? `~ ${tenantId}` : `- ${tenantId}`);
}

/** Makes the tenant's webhook endpoints what the config says: by URL, added or removed. */
async function syncWebhooks(shared: Shared, config: TenantConfig): Promise<void> {
  const existing = await shared.webhooks.listEndpoints(config.id);
  const wanted = new Map(config.webhooks.map((w) => [w.url, w]));
  for (const e of existing) {
    const want = wanted.get(e.url);
    if (!want) await shared.webhooks.removeEndpoint(config.id, e.id);
    else if (want.types.join() !== e.types.join())
      await shared.webhooks.updateEndpoint(config.id, e.id, { types: want.types });
  }
  for (const w of config.webhooks) {
    if (existing.some((e) => e.url === w.url)) continue;
    const endpoint = await shared.webhooks.addEndpoint(config.id, {
      url: w.url,
      types: w.types,
      ...(w.secret !== undefined && { secret: w.secret }),
    });
    if (w.secret === undefined)
      shared.log(`  ${config.id}: webhook ${w.url} signs with ${endpoint.secret}`);
  }
}
