import type {
  ChannelAdapter,
  ChannelContext,
  ChannelOptions,
  MediaContent,
  SendReceipt,
} from '@parley/core';
import { sendBudgetKey } from '@parley/core';
import type { DeliveryStatus, OwnerReplies, PacingOptions, ReadReceipts } from './options.js';
import { resolvePacing } from './options.js';
import { Pacer, type PacingConfig, type Refusal } from './pacing/pacer.js';
import type { WhatsAppTemplate } from './template.js';

/** A WhatsApp number as a Parley channel, on either transport. */
export interface WhatsAppAdapter extends ChannelAdapter {
  readonly kind: 'whatsapp';
  readonly transport: 'baileys' | 'cloud-api';
  /** The business number, E.164 (`+5521988776655`). */
  readonly number: string;
  readonly name?: string;
  readonly color?: string;
  /**
   * The canonical address of a phone number or JID typed any way
   * (`'+55 (21) 98877-6655'` → `'+5521988776655'`); `desk.send` applies it, so one
   * person is one contact. Throws INPUT_INVALID for what the number cannot reach.
   */
  address(raw: string): string;
  /**
   * Channel options for `createDesk({ channels })` / `desk.channels.add()`, with this
   * number's name and colour filled in (route, phone filters, grouping pass through).
   */
  channel(options: Omit<ChannelOptions, 'adapter'>): ChannelOptions;
  /**
   * Sends an approved template (Cloud API) through the same path as
   * `desk.send(target, { type: 'template', ... })`, but without recording it in a
   * conversation: prefer `desk.send`, which keeps it in the inbox. The Baileys
   * transport has no templates and refuses.
   */
  sendTemplate(to: string, template: WhatsAppTemplate): Promise<SendReceipt>;
  /** The bytes of inbound media (its `url` is a WhatsApp media locator). */
  downloadMedia(media: MediaContent): Promise<Uint8Array>;
  /** Resolves once every inbound message received so far has finished its turn (tests, shutdown). */
  whenIdle(): Promise<void>;
}

/** Options shared by both transports, resolved by `whatsapp()`. */
export interface CommonConfig {
  number: string;
  name?: string;
  color?: string;
  pacing: PacingOptions | false | undefined;
  readReceipts: ReadReceipts;
  ownerReplies: OwnerReplies;
  onDeliveryStatus?: (status: DeliveryStatus) => void;
  random: () => number;
}

/** `channel()` of both transports. */
export function channelOptionsFor(
  adapter: WhatsAppAdapter,
  options: Omit<ChannelOptions, 'adapter'>,
): ChannelOptions {
  return {
    ...(adapter.name !== undefined && { name: adapter.name }),
    ...(adapter.color !== undefined && { color: adapter.color }),
    ...options,
    adapter,
  };
}

/** The members that say which number an adapter is. */
export function identityOf(common: CommonConfig, transport: WhatsAppAdapter['transport']) {
  return {
    kind: 'whatsapp' as const,
    transport,
    number: common.number,
    ...(common.name !== undefined && { name: common.name }),
    ...(common.color !== undefined && { color: common.color }),
  };
}

/**
 * The number's send queue, on the channel's clock and store. P-26: every pause WhatsApp
 * forces (429, 463, 130429, 368, ...) is raised as `channel.status` (state `error`, with
 * `pausedUntil`), and the first send that goes through afterwards says so (`connected`).
 */
export function pacerFor(
  common: CommonConfig,
  ctx: ChannelContext,
  defaults: Pick<PacingConfig, 'minIntervalMs' | 'jitterMs' | 'dailyCap'>,
  classify: (error: unknown) => Refusal | undefined,
): Pacer {
  const pacer = new Pacer({
    config: resolvePacing(common.pacing, defaults),
    clock: ctx.clock,
    random: common.random,
    kv: ctx.kv,
    logger: ctx.logger,
    label: common.number,
    classify,
    onPause: ({ until, reason }) =>
      ctx.status({
        state: 'error',
        detail: `WhatsApp ${common.number} is not sending until ${until.toISOString()}: ${reason}. Sends wait in order and go out after the pause.`,
        data: { pausedUntil: until.toISOString(), reason },
      }),
    onResume: () =>
      ctx.status({
        state: 'connected',
        detail: `WhatsApp ${common.number} is sending again after a pause.`,
        data: { resumed: true },
      }),
  });
  // Campaigns read the number's daily count through this service, never its storage.
  ctx.provide(sendBudgetKey(ctx.channelId), pacer.budget);
  return pacer;
}
