import type {
  ChannelAdapter,
  ChannelCapabilities,
  ChannelContext,
  OutboundMessage,
  ReceiveOutcome,
} from '../channel/adapter.js';
import { ParleyError } from '../errors.js';
import type { MessageContent } from '../model/content.js';
import { contentText, mediaKinds } from '../model/content.js';
import type { Referral } from '../model/records.js';

export interface MemoryChannelOptions {
  /** Override what the channel claims it can render (e.g. `menus: 'none'`). */
  capabilities?: Partial<ChannelCapabilities>;
}

export interface CustomerSendOptions {
  /** The channel message id (default: a new one); reuse one to test dedupe. */
  externalId?: string;
  replyToExternalId?: string;
  referral?: Referral;
}

/** A scripted customer on the memory channel. */
export interface MemoryCustomer {
  readonly address: string;
  /** Sends as the customer; resolves when the whole turn (and any reply) is done. */
  send(content: string | MessageContent, options?: CustomerSendOptions): Promise<ReceiveOutcome>;
  /** Picks a menu option natively, as a button tap would. */
  choose(optionId: string, title?: string): Promise<ReceiveOutcome>;
  /** Everything the business sent to this customer, oldest first. */
  readonly received: OutboundMessage[];
  /** Text of every received message (menus rendered with their options). */
  texts(): string[];
  /** Text of the last received message. */
  lastText(): string | undefined;
  /** True while the business shows a typing indicator to this customer. */
  readonly typing: boolean;
  /** Forgets what was received so far. */
  clear(): void;
}

export interface MemoryChannel extends ChannelAdapter {
  readonly kind: 'memory';
  customer(
    address: string,
    profile?: { name?: string; phone?: string; email?: string },
  ): MemoryCustomer;
  /** Every message sent on this channel, oldest first. */
  readonly sent: OutboundMessage[];
  /** Makes the next `count` sends fail with `error` (channel outages in tests). */
  failNextSends(count?: number, error?: Error): void;
}

const defaultCapabilities: ChannelCapabilities = {
  menus: 'buttons',
  maxMenuOptions: 10,
  media: mediaKinds,
  maxTextLength: 4096,
  typing: true,
  readReceipts: true,
};

/**
 * The in-memory channel (CH8): the same engine with no network. It is the harness
 * host apps use in their own tests: a customer sends, the test awaits and asserts.
 */
export function memoryChannel(options: MemoryChannelOptions = {}): MemoryChannel {
  const capabilities = { ...defaultCapabilities, ...options.capabilities };
  let ctx: ChannelContext | undefined;
  let seq = 0;
  const sent: OutboundMessage[] = [];
  const inboxes = new Map<string, OutboundMessage[]>();
  const typing = new Map<string, boolean>();
  const profiles = new Map<string, { name?: string; phone?: string; email?: string }>();
  let failures: { count: number; error: Error } = {
    count: 0,
    error: new Error('memory channel send failed'),
  };

  const inboxOf = (address: string) => {
    let list = inboxes.get(address);
    if (!list) inboxes.set(address, (list = []));
    return list;
  };

  function receive(
    address: string,
    content: MessageContent,
    opts: CustomerSendOptions = {},
  ): Promise<ReceiveOutcome> {
    if (!ctx) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        'The memory channel is not started; call `await desk.start()` first.',
      );
    }
    return ctx.receive(
      {
        externalId: opts.externalId ?? `mem-in-${++seq}`,
        from: { externalId: address, ...profiles.get(address) },
        content,
        ...(opts.replyToExternalId !== undefined && { replyToExternalId: opts.replyToExternalId }),
        ...(opts.referral !== undefined && { referral: opts.referral }),
      },
      // Tests await the whole turn, reply included.
      { wait: 'answered' },
    );
  }

  return {
    kind: 'memory',
    capabilities,
    async start(context) {
      ctx = context;
    },
    async stop() {
      ctx = undefined;
    },
    async send(message) {
      if (failures.count > 0) {
        failures.count--;
        throw failures.error;
      }
      sent.push(message);
      inboxOf(message.to).push(message);
      return { externalId: `mem-out-${++seq}` };
    },
    async typing(to, on) {
      typing.set(to, on);
    },
    async markRead() {},
    sent,
    failNextSends(count = 1, error) {
      failures = { count, error: error ?? failures.error };
    },
    customer(address, profile) {
      if (profile) profiles.set(address, profile);
      const received = inboxOf(address);
      return {
        address,
        send: (content, opts) =>
          receive(
            address,
            typeof content === 'string' ? { type: 'text', text: content } : content,
            opts,
          ),
        choose: (optionId, title) =>
          receive(address, { type: 'choice', optionId, ...(title !== undefined && { title }) }),
        received,
        texts: () => received.map((m) => contentText(m.content)),
        lastText: () => {
          const last = received.at(-1);
          return last && contentText(last.content);
        },
        get typing() {
          return typing.get(address) ?? false;
        },
        clear: () => {
          received.length = 0;
        },
      };
    },
  };
}
