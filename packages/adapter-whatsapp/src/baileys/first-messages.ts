import { type ChannelContext, ParleyError } from '@parley/core';
import { BoundedMap } from '../bounded-map.js';

const WROTE = (address: string) => `wrote:${address}`;
const PAUSE = 'pause:new-chats';

interface Pause {
  until: string;
  reason: string;
}

/**
 * P-26: first messages to people who never wrote to this number ("cold" messages) are
 * what gets a linked number capped or banned, so they are refused unless the host opts
 * in (`coldMessages: true`). After WhatsApp caps new chats (`message-capping.update`
 * CAPPED) or sets a reach-out time lock, new chats pause until the cycle ends, opted in
 * or not; replies to people who wrote keep going (capping counts new chats only).
 * Who wrote is kept in the channel's key-value space (`wrote:<address>`); a person whose
 * messages predate that record is found in the stored conversation instead.
 */
export class FirstMessages {
  private readonly known = new BoundedMap<string, true>(50_000);

  constructor(
    private readonly ctx: ChannelContext,
    private readonly number: string,
    private readonly allowCold: boolean,
  ) {}

  /** This person wrote to us, or we (or the owner) wrote to them: a chat exists. */
  async markKnown(address: string): Promise<void> {
    if (this.known.get(address)) return;
    this.known.set(address, true);
    await this.ctx.kv.set(WROTE(address), 1);
  }

  /** Throws when a send to `address` would start a new chat that is not allowed now. */
  async check(address: string): Promise<void> {
    if (await this.isKnown(address)) return;
    const pause = await this.ctx.kv.get<Pause>(PAUSE);
    if (pause && new Date(pause.until) > this.ctx.clock.now()) {
      throw new ParleyError(
        'RATE_LIMITED',
        `WhatsApp ${this.number} is not starting new chats until ${pause.until} (${pause.reason}); ${address} never wrote to it. Replies to people who wrote still go out.`,
        { details: { address, until: pause.until, reason: pause.reason } },
      );
    }
    if (!this.allowCold) {
      throw new ParleyError(
        'CHANNEL_SEND_FAILED',
        `WhatsApp ${this.number} does not send first messages: ${address} never wrote to it. Unsolicited messages get linked numbers banned; to send them anyway set \`coldMessages: true\` in baileys() options.`,
        { details: { address, reason: 'cold-message' } },
      );
    }
  }

  /** New chats wait until `until` (WhatsApp capped or time-locked the number). */
  async pause(until: Date, reason: string): Promise<void> {
    const ms = until.getTime() - this.ctx.clock.now().getTime();
    if (ms <= 0) return;
    await this.ctx.kv.set(PAUSE, { until: until.toISOString(), reason } satisfies Pause, {
      ttlMs: ms,
    });
  }

  async resume(): Promise<void> {
    await this.ctx.kv.delete(PAUSE);
  }

  private async isKnown(address: string): Promise<boolean> {
    if (this.known.get(address)) return true;
    let known = (await this.ctx.kv.get(WROTE(address))) !== undefined;
    if (!known) {
      const messages = await this.ctx.listMessages(address, { limit: 50 });
      known = messages.some((m) => m.direction === 'inbound');
    }
    if (known) this.known.set(address, true);
    return known;
  }
}
