import type { ChannelContext, ReceiveOutcome } from '../channel/adapter.js';
import { systemClock } from '../clock.js';
import { silentLogger } from '../logger.js';
import { createMemoryStore } from '../store/memory-store.js';

/**
 * A ChannelContext with no desk behind it, for adapter unit tests and benchmarks:
 * `receive` accepts everything (or does what `overrides.receive` says), key-value and
 * claims live in a private memory store. New context members get defaults here, so
 * stubs never fall behind the contract.
 */
export function stubChannelContext(overrides: Partial<ChannelContext> = {}): ChannelContext {
  const clock = overrides.clock ?? systemClock;
  const store = createMemoryStore({ clock });
  const channelId = overrides.channelId ?? 'stub';
  return {
    channelId,
    tenantId: 'default',
    async receive(): Promise<ReceiveOutcome> {
      return { status: 'accepted', conversationId: 'conv_stub', messageId: 'msg_stub' };
    },
    status() {},
    kv: store.kv(`channel:${channelId}`),
    findMessage: async () => undefined,
    claim: (key, ttlMs) => store.claim(key, ttlMs),
    listMessages: async () => [],
    updateContact: async () => undefined,
    read() {},
    delivery: async () => undefined,
    echo: async () => ({ status: 'duplicate' }),
    edit: async () => undefined,
    moveContact: async () => undefined,
    provide() {},
    clock,
    logger: silentLogger,
    signal: new AbortController().signal,
    ...overrides,
  };
}
