import type { Logger } from '@parley/core';
import { type ServerFrame, serverFrameSchema } from '../protocol.js';
import type { ConnectionHub } from './hub.js';

/**
 * Publish/subscribe between processes, as `createFanout` of `@parley/store-postgres`
 * provides it (LISTEN/NOTIFY on the shared database). Only this shape is needed, so the
 * live-chat package does not depend on a store.
 */
export interface LivechatFanout {
  /** This process's id, carried by every message it publishes. */
  readonly origin: string;
  publish(topic: string, payload: unknown): Promise<void>;
  /** `topic` may end in `*` to match every topic starting with what precedes it. */
  subscribe<T = unknown>(
    topic: string,
    handler: (message: { topic: string; payload: T; origin: string }) => unknown,
  ): () => void;
}

/**
 * Wires the hub to other processes: every frame for a visitor (a reply, typing, read
 * receipts, a message from another tab) is written to the tabs here and published; the
 * other processes write it to the tabs they hold. A process skips its own echoes. A frame
 * lost on the way (fan-out is at most once) comes back with the history on reconnect.
 */
export function relayThrough(
  hub: ConnectionHub,
  fanout: LivechatFanout,
  channelId: string,
  logger: Logger,
): () => void {
  const prefix = `livechat:${channelId}:`;
  hub.relay((address, frame) => {
    fanout.publish(prefix + address, frame).catch((error: unknown) =>
      logger.warn('livechat: could not publish a frame to other processes', {
        error: String(error),
      }),
    );
  });
  const unsubscribe = fanout.subscribe(`${prefix}*`, (message) => {
    if (message.origin === fanout.origin) return;
    const frame = serverFrameSchema.safeParse(message.payload);
    if (!frame.success) {
      logger.warn('livechat: dropped a malformed frame from another process', {
        topic: message.topic,
      });
      return;
    }
    hub.local(message.topic.slice(prefix.length), frame.data as ServerFrame);
  });
  return () => {
    unsubscribe();
    hub.relay(undefined);
  };
}
