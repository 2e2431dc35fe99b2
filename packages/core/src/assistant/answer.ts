import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { channelRuntime } from '../desk/runtime.js';
import { ParleyError, toError } from '../errors.js';
import { messageContentSchema } from '../model/content.js';
import type { Conversation, Message } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';
import { handOff } from '../routing/handoff.js';
import { formatIssues } from '../util/zod-error.js';
import type { AssistantResult } from './assistant.js';
import { buildAssistantInput } from './input.js';

/** How a turn ended for the assistant: `aborted` results were dropped unsent. */
export type AnswerOutcome = 'answered' | 'aborted' | 'skipped' | 'failed';

/**
 * Lets the conversation's assistant answer `turn`. Runs holding the conversation's
 * key. The generation can be aborted (takeover, a newer burst); an aborted result is
 * dropped. Failures send the fallback message and, after `maxFailures` in a row,
 * hand the conversation to humans.
 */
export async function answerTurn(
  rt: DeskRuntime,
  conversation: Conversation,
  turn: Message[],
): Promise<AnswerOutcome> {
  const conv = await rt.store.getConversation(conversation.tenantId, conversation.id);
  if (conv?.handler !== 'assistant' || conv.status === 'closed' || !conv.assistantId)
    return 'skipped';
  const registered = rt.assistants.get(conv.assistantId);
  if (!registered?.enabled || registered.tenantId !== conv.tenantId) {
    await handOff(rt, conv, { reason: `assistant "${conv.assistantId}" is not available` });
    return 'skipped';
  }
  const input = await buildAssistantInput(rt, conv, registered, turn);
  if (!input) return 'skipped';
  const channel = channelRuntime(rt, conv.channelId);

  rt.inflight.get(conv.id)?.abort(new Error('superseded'));
  const controller = new AbortController();
  rt.inflight.set(conv.id, controller);
  // A turn that reaches the model while the desk stops waits for the next start.
  if (rt.stopping) controller.abort(new Error('desk stopped'));
  const { signal } = controller;
  let result: AssistantResult;
  void channel.adapter.typing?.(conv.contactAddress, true).catch(() => {});
  try {
    result = await untilAborted(registered.assistant.respond(input, { signal }), signal);
  } catch (e) {
    if (signal.aborted) return 'aborted';
    await recordFailure(rt, conv, toError(e));
    return 'failed';
  } finally {
    if (rt.inflight.get(conv.id) === controller) rt.inflight.delete(conv.id);
    void channel.adapter.typing?.(conv.contactAddress, false).catch(() => {});
  }
  if (signal.aborted) return 'aborted';
  const invalid = invalidReply(result);
  if (invalid) {
    await recordFailure(rt, conv, invalid);
    return 'failed';
  }

  for (const usage of result.usage ?? []) {
    await rt.store.recordUsage({
      tenantId: conv.tenantId,
      assistantId: registered.id,
      conversationId: conv.id,
      ...usage,
      at: rt.clock.now(),
    });
  }
  let current = conv;
  if (typeof conv.state.assistantFailures === 'number') {
    const { assistantFailures: _f, ...state } = conv.state;
    current = await updateConversation(rt, conv, { state });
  }
  const author = { kind: 'assistant', id: registered.id } as const;
  if (result.type === 'reply') {
    for (const content of result.messages) {
      if (signal.aborted) return 'aborted';
      await deliver(rt, current, content, { author, signal });
    }
  } else if (result.type === 'handoff') {
    if (result.message)
      await deliver(rt, current, { type: 'text', text: result.message }, { author, signal });
    const fresh = (await rt.store.getConversation(conv.tenantId, conv.id)) ?? current;
    await handOff(rt, fresh, {
      reason: result.reason,
      ...(result.summary !== undefined && { summary: result.summary }),
      ...(result.team !== undefined && { team: result.team }),
    });
  }
  return signal.aborted ? 'aborted' : 'answered';
}

async function recordFailure(rt: DeskRuntime, conv: Conversation, error: Error): Promise<void> {
  const registered = rt.assistants.get(conv.assistantId ?? '');
  const failures =
    (typeof conv.state.assistantFailures === 'number' ? conv.state.assistantFailures : 0) + 1;
  const wrapped = ParleyError.isInstance(error)
    ? error
    : new ParleyError(
        'ASSISTANT_FAILED',
        `Assistant "${conv.assistantId}" failed: ${error.message}`,
        { cause: error },
      );
  rt.bus.emit('error', {
    error: wrapped,
    stage: 'assistant',
    conversationId: conv.id,
    channelId: conv.channelId,
  });
  let current = await updateConversation(rt, conv, {
    state: { ...conv.state, assistantFailures: failures },
  });
  if (registered?.fallbackMessage) {
    await deliver(
      rt,
      current,
      { type: 'text', text: registered.fallbackMessage },
      { author: { kind: 'system' } },
    ).catch((e) =>
      rt.bus.emit('error', {
        error: toError(e),
        stage: 'assistant-fallback',
        conversationId: conv.id,
      }),
    );
    current = (await rt.store.getConversation(conv.tenantId, conv.id)) ?? current;
  }
  if (failures >= (registered?.maxFailures ?? 3)) {
    const { assistantFailures: _f, ...state } = current.state;
    await handOff(
      rt,
      { ...current, state },
      { reason: `assistant failed ${failures} times in a row: ${error.message}` },
    );
  }
}

/** Resolves with `work`, or rejects as soon as `signal` aborts (without waiting for it). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** An assistant's reply is checked like any boundary input: bad content is a failure. */
function invalidReply(result: AssistantResult): ParleyError | undefined {
  if (result.type !== 'reply') return undefined;
  if (!Array.isArray(result.messages)) {
    return new ParleyError('ASSISTANT_FAILED', 'Assistant reply has no `messages` array.');
  }
  for (const [i, content] of result.messages.entries()) {
    const parsed = messageContentSchema.safeParse(content);
    if (!parsed.success) {
      return new ParleyError(
        'ASSISTANT_FAILED',
        `Assistant reply messages.${i} is not valid content: ${formatIssues(parsed.error)}.`,
      );
    }
  }
  return undefined;
}
