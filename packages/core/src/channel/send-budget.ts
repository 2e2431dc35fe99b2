import { type ServiceKey, serviceKey } from '../plugins/service-key.js';

/**
 * The daily send budget of one channel's number (PL2), shared by everything that sends
 * through it: conversations count against it in the adapter, and campaigns read it so
 * their sends and live replies draw on one budget. A channel that counts its sends
 * provides it with `ctx.provide(sendBudgetKey(ctx.channelId), budget)`.
 */
export interface SendBudget {
  /** Sends the channel made in the current UTC day (every sender). */
  sentToday(): Promise<number>;
  /** The channel's own cap per UTC day; undefined when it has none. */
  readonly dailyCap: number | undefined;
}

/** The service key of channel `channelId`'s send budget. */
export function sendBudgetKey(channelId: string): ServiceKey<SendBudget> {
  return serviceKey<SendBudget>(`send-budget:${channelId}`);
}
