import type { Desk } from '@parley/core';

/**
 * Which business messages visitors have read, from the desk's `message.read` events
 * (the widget reports them). The core store keeps no read state per message, so the
 * console keeps the newest `max` ids in memory: a restart forgets them, nothing else.
 */
export function readReceipts(desk: Desk, max = 10_000) {
  const seen = new Set<string>();
  const off = desk.on('message.read', ({ externalIds }) => {
    for (const id of externalIds) {
      seen.delete(id);
      seen.add(id);
    }
    // A Set iterates in insertion order: the first ids are the oldest.
    for (const id of seen) {
      if (seen.size <= max) break;
      seen.delete(id);
    }
  });
  return {
    has: (externalId: string | undefined) => externalId !== undefined && seen.has(externalId),
    close: off,
  };
}
