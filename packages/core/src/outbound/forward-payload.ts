import type { DeskRuntime } from '../desk/runtime.js';
import type { MessageCitation } from '../model/citation.js';
import type { MessageContent } from '../model/content.js';
import type { MessageAuthor } from '../model/records.js';
import { newId } from '../util/ids.js';

/** The job that carries a send to the process that runs the conversation's channel. */
export const FORWARD_SEND_JOB = 'parley.forward-send';

/**
 * A send forwarded to the channel's owner. `channelId` makes it a job of the channel's
 * lane, so only the process that owns the channel (leases) claims it.
 */
export interface ForwardPayload {
  tenantId: string;
  channelId: string;
  /** An existing conversation, or a contact on the channel (`desk.send({ channelId, to })`). */
  target: { conversationId: string } | { channelId: string; to: string; name?: string };
  content: MessageContent;
  author: MessageAuthor;
  replyToExternalId?: string;
  citations?: MessageCitation[];
}

/**
 * True when the send must go to another process: the channel is not registered here
 * and the scheduler is shared by processes (a Postgres server), so its owner is another
 * process. Without a shared scheduler a missing channel stays an error.
 */
export function forwards(rt: DeskRuntime, channelId: string): boolean {
  return rt.scheduler.shared === true && !rt.channels.has(channelId);
}

/** A durable job in the channel's lane: the owner process claims it and sends. */
export async function forwardSend(rt: DeskRuntime, payload: ForwardPayload): Promise<void> {
  const now = rt.clock.now();
  await rt.scheduler.schedule({
    id: newId('fwd', now.getTime()),
    type: FORWARD_SEND_JOB,
    runAt: now,
    payload,
  });
}
