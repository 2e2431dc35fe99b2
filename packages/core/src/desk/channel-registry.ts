import type {
  ChannelContext,
  InboundMessage,
  ReceiveOptions,
  ReceiveOutcome,
} from '../channel/adapter.js';
import { mutateContact } from '../conversation/mutate-contact.js';
import { ParleyError, toError } from '../errors.js';
import { parseOrThrow } from '../util/zod-error.js';
import { channelReports } from './channel-reports.js';
import type { ChannelConfig, ChannelOptions } from './options.js';
import { channelOptionsSchema } from './options.js';
import type { ChannelRuntime, DeskRuntime } from './runtime.js';

export type Receive = (
  channelId: string,
  message: InboundMessage,
  options?: ReceiveOptions,
) => Promise<ReceiveOutcome>;

/** Runtime channel management: add, remove, start and stop adapters. */
export interface Channels {
  add(options: ChannelOptions): Promise<void>;
  remove(channelId: string): Promise<void>;
  list(
    tenantId?: string,
  ): Array<{ id: string; tenantId: string; kind: string; name?: string; color?: string }>;
}

export function registerChannel(
  rt: DeskRuntime,
  options: ChannelOptions,
  path = 'channel',
): ChannelRuntime {
  return addChannelConfig(rt, parseOrThrow(channelOptionsSchema, options, `${path} options`), path);
}

/** Registers a channel whose options are already validated (parsing twice is not idempotent). */
export function addChannelConfig(
  rt: DeskRuntime,
  config: ChannelConfig,
  path = 'channel',
): ChannelRuntime {
  const taken = rt.channels.get(config.id);
  if (taken) {
    // Channel ids are desk-wide (webhook URLs, stored conversations, a channel's keys):
    // say the id is taken, never whose it is or what else that tenant has (PL1).
    throw new ParleyError(
      'CONFIG_INVALID',
      taken.config.tenantId === config.tenantId
        ? `${path}.id: channel id "${config.id}" is used twice in tenant "${config.tenantId}"; give each channel its own id.`
        : `${path}.id: channel id "${config.id}" is already taken on this desk. Channel ids are desk-wide because they are part of webhook URLs and stored conversations: choose another, e.g. prefixed with the tenant ("${config.tenantId}-${config.id}").`,
      { details: { path: `${path}.id` } },
    );
  }
  const channel: ChannelRuntime = {
    config,
    adapter: config.adapter,
    controller: new AbortController(),
    started: false,
  };
  rt.channels.set(config.id, channel);
  return channel;
}

export async function startChannel(
  rt: DeskRuntime,
  channel: ChannelRuntime,
  receive: Receive,
): Promise<void> {
  if (channel.started) return;
  channel.controller = new AbortController();
  const { id, tenantId } = channel.config;
  const ctx: ChannelContext = {
    channelId: id,
    tenantId,
    receive: (message, options) => receive(id, message, { wait: 'accepted', ...options }),
    status: (update) => rt.bus.emit('channel.status', { channelId: id, tenantId, update }),
    kv: rt.store.kv(`channel:${id}`),
    findMessage: (externalId) => rt.store.findMessageByExternalId(tenantId, id, externalId),
    claim: (key, ttlMs) => rt.store.claim(`channel\u0000${id}\u0000${key}`, ttlMs),
    async listMessages(address, options = {}) {
      const contact = await rt.store.findContactByIdentity(tenantId, {
        channelId: id,
        externalId: address,
      });
      const conv = contact && (await rt.store.findActiveConversation(tenantId, id, contact.id));
      if (!conv) return [];
      return rt.store.listMessages(tenantId, conv.id, { limit: options.limit ?? 50 });
    },
    async updateContact(address, patch) {
      const contact = await rt.store.findContactByIdentity(tenantId, {
        channelId: id,
        externalId: address,
      });
      if (!contact) return undefined;
      const updated = await mutateContact(rt, tenantId, contact.id, (c) => ({
        ...c,
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.email !== undefined && { email: patch.email }),
        ...(patch.phone !== undefined && { phone: patch.phone }),
        attributes: { ...c.attributes, ...patch.attributes },
      }));
      rt.bus.emit('contact.updated', { contact: updated });
      return updated;
    },
    read: (address, externalIds) =>
      rt.bus.emit('message.read', { channelId: id, tenantId, address, externalIds }),
    ...channelReports(rt, id, tenantId),
    provide: (key, service) => provideForChannel(rt, id, key.id, service),
    clock: rt.clock,
    logger: rt.logger,
    signal: channel.controller.signal,
  };
  await channel.adapter.start(ctx);
  channel.started = true;
}

/** Which channel provided which service, so a channel started again may replace its own. */
const channelServices = new WeakMap<DeskRuntime, Map<string, string>>();

function provideForChannel(rt: DeskRuntime, channelId: string, key: string, service: unknown) {
  let owners = channelServices.get(rt);
  if (!owners) channelServices.set(rt, (owners = new Map()));
  if (rt.services.has(key) && owners.get(key) !== channelId)
    throw new ParleyError(
      'CONFIG_INVALID',
      `Service "${key}" is already provided; channel "${channelId}" cannot provide it too.`,
    );
  owners.set(key, channelId);
  rt.services.set(key, service);
}

export async function stopChannel(rt: DeskRuntime, channel: ChannelRuntime): Promise<void> {
  if (!channel.started) return;
  channel.started = false;
  channel.controller.abort(new Error('channel stopped'));
  try {
    await channel.adapter.stop();
  } catch (e) {
    rt.bus.emit('error', {
      error: toError(e),
      stage: 'channel-stop',
      channelId: channel.config.id,
    });
  }
}
