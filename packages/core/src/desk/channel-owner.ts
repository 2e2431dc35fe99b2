import { ParleyError } from '../errors.js';
import type { DeskRuntime } from './runtime.js';

/**
 * A job bound to a channel (a forwarded send, a handed-over turn) claimed by a process
 * that does not run the channel (no lanes set, or the lease moved meanwhile) fails, so
 * the scheduler retries it later, when the owner may claim it.
 */
export function requireChannelHere(rt: DeskRuntime, channelId: string, waiting: string): void {
  if (rt.channels.has(channelId)) return;
  throw new ParleyError(
    'CHANNEL_UNAVAILABLE',
    `Channel "${channelId}" does not run in this process; ${waiting} for its owner.`,
  );
}
