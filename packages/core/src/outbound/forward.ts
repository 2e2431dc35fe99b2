import { requireChannelHere } from '../desk/channel-owner.js';
import { conversationKey, type DeskRuntime, exclusive, keyOf } from '../desk/runtime.js';
import { createSender } from '../desk/send.js';
import { deliver } from './deliver.js';
import { FORWARD_SEND_JOB, type ForwardPayload } from './forward-payload.js';
import { withOutbox } from './outbox.js';

/**
 * Registers the job that runs a forwarded send in the process owning the channel: it
 * goes through this process's outbound chain like a local send, holding the
 * conversation's key. Its parts are numbered under the job's id, so a retry after the
 * process died mid-send does not send what was already sent and recorded (the outbox).
 */
export function defineForwardSend(rt: DeskRuntime): void {
  const send = createSender(rt);
  rt.scheduler.define<ForwardPayload>(
    FORWARD_SEND_JOB,
    (job) =>
      rt.queue.outside(async () => {
        const p = job.payload;
        requireChannelHere(rt, p.channelId, 'the forwarded send waits');
        const scope = { key: () => `${p.tenantId}/${job.id}`, rerun: job.attempts > 0 };
        const options = {
          author: p.author,
          ...(p.replyToExternalId !== undefined && { replyToExternalId: p.replyToExternalId }),
        };
        if (!('conversationId' in p.target)) {
          const key = conversationKey(p.target.channelId, p.target.to);
          await withOutbox(rt, key, scope, () => send(p.tenantId, p.target, p.content, options));
          return;
        }
        const conv = await rt.store.getConversation(p.tenantId, p.target.conversationId);
        if (!conv) return;
        const key = keyOf(conv);
        await exclusive(rt, key, () =>
          withOutbox(rt, key, scope, () =>
            deliver(rt, conv, p.content, {
              ...options,
              ...(p.citations !== undefined && { citations: p.citations }),
            }),
          ),
        );
      }),
    { maxAttempts: 20 },
  );
}
