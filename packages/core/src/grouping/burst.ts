import { type AnswerOutcome, answerTurn } from '../assistant/answer.js';
import { updateConversation } from '../conversation/transitions.js';
import type { GroupMessagesConfig } from '../desk/channel-features-schema.js';
import { type DeskRuntime, exclusive, keyOf } from '../desk/runtime.js';
import { createTurnContext } from '../desk/turn.js';
import { toError } from '../errors.js';
import type { BurstState } from '../model/conversation-state.js';
import type { Conversation } from '../model/records.js';
import { withOutbox } from '../outbound/outbox.js';
import { compose, type Middleware } from '../pipeline/compose.js';
import { hostStage } from '../pipeline/stages/host.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import { asInbound } from '../turns/as-inbound.js';

export const GROUP_FLUSH_JOB = 'parley.group-flush';

/** Messages waiting to be answered together (RT9). */

interface Payload {
  tenantId: string;
  conversationId: string;
}

const jobId = (tenantId: string, conversationId: string) => `group/${tenantId}/${conversationId}`;

function burstOf(conv: Conversation): BurstState | undefined {
  const burst = conv.state.burst;
  return burst && Array.isArray(burst.ids) && burst.ids.length > 0 ? burst : undefined;
}

function withoutBurst(conv: Conversation): Conversation['state'] {
  const { burst: _b, ...state } = conv.state;
  return state;
}

async function arm(rt: DeskRuntime, conv: Conversation, at: number): Promise<void> {
  await rt.scheduler.schedule<Payload>({
    id: jobId(conv.tenantId, conv.id),
    type: GROUP_FLUSH_JOB,
    runAt: new Date(at),
    payload: { tenantId: conv.tenantId, conversationId: conv.id },
  });
}

/**
 * Adds the turn's messages to the conversation's burst and (re)arms the flush: after
 * `windowMs` of quiet, but never later than `maxWaitMs` after the burst's first message.
 */
export async function addToBurst(
  rt: DeskRuntime,
  ctx: TurnContext,
  config: GroupMessagesConfig,
): Promise<void> {
  const now = rt.clock.now().getTime();
  const burst = burstOf(ctx.conversation) ?? { ids: [], firstAt: new Date(now).toISOString() };
  // The whole turn: earlier messages whose turns never finished were folded into it.
  const added = ctx.turn.map((m) => m.id).filter((id) => !burst.ids.includes(id));
  const next: BurstState = { ...burst, ids: [...burst.ids, ...added] };
  ctx.conversation = await ctx.saveConversation({
    state: { ...ctx.conversation.state, burst: next },
  });
  const deadline = new Date(next.firstAt).getTime() + config.maxWaitMs;
  await arm(rt, ctx.conversation, Math.min(now + config.windowMs, deadline));
}

/**
 * A new message on a conversation whose burst is being answered cancels that answer
 * (RT9); the burst stays pending and is answered together with the new message.
 * Called before the new message waits for the conversation's key.
 */
export function supersedeBurst(rt: DeskRuntime, key: string): void {
  const flushing = rt.groupInflight.get(key);
  if (!flushing) return;
  // Before the assistant starts (host middleware still running) the flag stops it;
  // once it generates, the abort does.
  flushing.superseded = true;
  rt.inflight.get(flushing.conversationId)?.abort(new Error('superseded by a newer message'));
}

/** Registers the flush job: host middleware and the assistant answer the whole burst. */
export function defineGroupFlush(rt: DeskRuntime, host: ReadonlyArray<Middleware<TurnContext>>) {
  rt.scheduler.define<Payload>(GROUP_FLUSH_JOB, (job) =>
    rt.queue.outside(async () => {
      const { tenantId, conversationId } = job.payload;
      const first = await rt.store.getConversation(tenantId, conversationId);
      if (!first) return;
      await exclusive(rt, keyOf(first), () => flush(rt, host, tenantId, conversationId));
    }),
  );
}

async function flush(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
  tenantId: string,
  conversationId: string,
): Promise<void> {
  const conv = await rt.store.getConversation(tenantId, conversationId);
  const burst = conv && burstOf(conv);
  if (!conv || !burst) return;
  const channel = rt.channels.get(conv.channelId);
  const contact = await rt.store.getContact(tenantId, conv.contactId);
  const recent = await rt.store.listMessages(tenantId, conv.id, {
    limit: rt.config.historyLimit + burst.ids.length,
  });
  const turn = recent.filter((m) => burst.ids.includes(m.id));
  const last = turn.at(-1);
  if (conv.handler !== 'assistant' || conv.status !== 'open' || !channel || !contact || !last) {
    await updateConversation(rt, conv, { state: withoutBurst(conv) });
    return;
  }
  const ctx = createTurnContext(rt, channel, asInbound(last, conv.contactAddress));
  Object.assign(ctx, { contact, conversation: conv, message: last, turn });
  ctx.outcome = { status: 'accepted', conversationId: conv.id, messageId: last.id };
  let outcome = 'skipped' as AnswerOutcome;
  const key = keyOf(conv);
  const flushing = { conversationId: conv.id, superseded: false };
  rt.groupInflight.set(key, flushing);
  // The burst's parts are numbered under its messages, so a flush job retried after its
  // process died does not send again what it sent and recorded (the outbox).
  const scope = {
    key: () => `${tenantId}/${conv.id}/${burst.ids[0]}..${burst.ids.at(-1)}`,
    rerun: true,
  };
  try {
    await withOutbox(rt, key, scope, () =>
      compose<TurnContext>([
        hostStage(rt, host),
        async (c) => {
          outcome = flushing.superseded ? 'aborted' : await answerTurn(rt, c.conversation, c.turn);
        },
      ])(ctx),
    );
  } catch (e) {
    rt.bus.emit('error', {
      error: toError(e),
      stage: 'group-flush',
      conversationId,
      channelId: conv.channelId,
    });
    // The burst stays and the job runs again (the scheduler's back-off); the outbox keeps
    // the retry from sending again what this run sent. Clearing it here dropped the
    // burst unanswered.
    throw e;
  } finally {
    if (rt.groupInflight.get(key) === flushing) rt.groupInflight.delete(key);
  }
  if (outcome === 'aborted') {
    // Superseded: the burst waits for the newer message (which re-arms the flush). Arm
    // it here too, in case that message never gets this far (a duplicate delivery).
    const config = channel.config.groupMessages;
    await arm(rt, conv, rt.clock.now().getTime() + (config?.windowMs ?? 0));
    return;
  }
  const fresh = (await rt.store.getConversation(tenantId, conversationId)) ?? conv;
  await updateConversation(rt, fresh, { state: withoutBurst(fresh) });
}
