import type { ChannelAdapter, ChannelContext } from '../src/channel/adapter.js';
import { memoryChannel } from '../src/channels/memory-channel.js';

/** A memory channel that also exposes the context the desk gave it. */
export function spyChannel(extra: Partial<ChannelAdapter> = {}) {
  const inner = memoryChannel();
  let context: ChannelContext | undefined;
  const adapter: ChannelAdapter = {
    ...inner,
    capabilities: inner.capabilities,
    kind: inner.kind,
    async start(ctx) {
      context = ctx;
      await inner.start(ctx);
    },
    send: (m, o) => inner.send(m, o),
    ...extra,
  };
  return { adapter, inner, ctx: () => context! };
}
