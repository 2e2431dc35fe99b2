import type { ChannelOptions, Desk } from '@parley/core';
import { ParleyError } from '@parley/core';
import type { ChannelLeasesOptions } from './channel-leases.js';

/**
 * Wires channel leases to a desk: a channel is added to the desk (and started) when
 * this process takes its lease, and removed (stopped) when it gives the lease up.
 *
 * ```ts
 * const leases = createChannelLeases({ store, ...leaseDeskChannels(desk, [waSales, waSupport]) });
 * ```
 */
export function leaseDeskChannels(
  desk: Pick<Desk, 'channels'>,
  channels: ChannelOptions[],
): Pick<ChannelLeasesOptions, 'channels' | 'onAcquire' | 'onRelease'> {
  const byId = new Map<string, ChannelOptions>();
  for (const c of channels) {
    if (byId.has(c.id)) {
      throw new ParleyError(
        'CONFIG_INVALID',
        `Channel id "${c.id}" is leased twice; give each channel its own id.`,
      );
    }
    byId.set(c.id, c);
  }
  const registered = (id: string) => desk.channels.list().some((c) => c.id === id);
  return {
    channels: [...byId.keys()],
    async onAcquire(id) {
      const channel = byId.get(id);
      if (!channel) {
        throw new ParleyError('NOT_FOUND', `No options for leased channel "${id}".`);
      }
      if (!registered(id)) await desk.channels.add(channel);
    },
    async onRelease(id) {
      if (registered(id)) await desk.channels.remove(id);
    },
  };
}
