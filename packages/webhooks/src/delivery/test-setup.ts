import { createMemoryStore } from '@parley/core';
import { createFakeClock, type FakeClock } from '@parley/core/testing';
import { afterEach } from 'vitest';
import { createTestReceiver, type TestReceiver } from '../testing/test-receiver.js';
import type { WebhookDelivery, WebhookDeliveryOptions } from './api.js';
import { createWebhookDelivery } from './create-delivery.js';
import type { DeliveryEvent, WebhookEndpoint } from './types.js';

// Shared by the delivery tests: a fake clock, a memory store, a real loopback receiver.
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

export function onCleanup(fn: () => unknown): void {
  cleanups.push(fn);
}

export interface Setup {
  clock: FakeClock;
  store: ReturnType<typeof createMemoryStore>;
  receiver: TestReceiver;
  delivery: WebhookDelivery;
  endpoint: WebhookEndpoint;
  events: DeliveryEvent[];
  /** A second instance over the same store (a restart, or another process). */
  another(options?: Partial<WebhookDeliveryOptions>): WebhookDelivery;
}

export async function setup(
  options: Partial<WebhookDeliveryOptions> & { types?: string[]; maxConcurrency?: number } = {},
): Promise<Setup> {
  const { types, ...rest } = options;
  const clock = (rest.clock as FakeClock | undefined) ?? createFakeClock();
  const store =
    (rest.store as ReturnType<typeof createMemoryStore>) ?? createMemoryStore({ clock });
  const receiver = await createTestReceiver();
  onCleanup(() => receiver.close());
  const events: DeliveryEvent[] = [];
  const make = (more: Partial<WebhookDeliveryOptions> = {}) => {
    const delivery = createWebhookDelivery({
      store,
      clock,
      allowPrivateNetworks: true,
      jitter: 0,
      onEvent: (e) => events.push(e),
      ...rest,
      ...more,
    });
    onCleanup(() => delivery.stop());
    return delivery;
  };
  const delivery = make();
  const endpoint = await delivery.addEndpoint('t1', { url: receiver.url, types: types ?? ['*'] });
  await delivery.start();
  return { clock, store, receiver, delivery, endpoint, events, another: make };
}

/** Moves the fake clock and waits for the attempts it made due. */
export async function advance(s: Pick<Setup, 'clock' | 'delivery'>, ms: number): Promise<void> {
  await s.clock.advance(ms);
  await s.delivery.idle();
}

/** Milliseconds since `start` at which each request arrived (by the fake clock). */
export function arrivalTimes(clock: FakeClock): { mark(): void; times: number[] } {
  const start = clock.now().getTime();
  const times: number[] = [];
  return { mark: () => times.push(clock.now().getTime() - start), times };
}
