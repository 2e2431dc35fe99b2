import type { ChannelAdapter, ReplyDraft, ShownAuthor } from '../channel/adapter.js';
import { updateConversation } from '../conversation/transitions.js';
import { parkedWhile } from '../desk/operator-lane.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { channelRuntime, keyOf } from '../desk/runtime.js';
import { ParleyError, toError } from '../errors.js';
import { messageContentSchema } from '../model/content.js';
import { languageCodeSchema, localize } from '../model/localized-text.js';
import type { Conversation, Message } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';
import { authorName } from '../outbound/steps/send.js';
import { handOff } from '../routing/handoff.js';
import { formatIssues } from '../util/zod-error.js';
import type { AssistantResult, AssistantUsage } from './assistant.js';
import { invalidCitations, replyCitations } from './citations.js';
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
  const registered = rt.assistants.get(conv.tenantId, conv.assistantId);
  if (!registered?.enabled) {
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
  const author = { kind: 'assistant', id: registered.id } as const;
  const who = { kind: 'assistant' as const, ...authorName(rt, conv.tenantId, author) };
  const shown = { kind: who.kind, ...(who.authorName !== undefined && { name: who.authorName }) };
  void channel.adapter.typing?.(conv.contactAddress, true, shown).catch(() => {});
  // Channels that stream show the reply as it is written; nothing of it is recorded.
  const draft = openDraft(rt, channel.adapter, conv.contactAddress, shown);
  try {
    // Operators act while the model works (IN2): the key is parked meanwhile.
    result = await parkedWhile(
      rt,
      keyOf(conv),
      untilAborted(
        registered.assistant.respond(input, {
          signal,
          ...(draft && { draft: (text: string) => !signal.aborted && draft.write(text) }),
        }),
        signal,
      ),
    );
  } catch (e) {
    draft?.close();
    if (signal.aborted) return 'aborted';
    const fresh = await stillAnswering(rt, conv);
    if (!fresh) return 'aborted';
    await recordFailure(rt, fresh, toError(e));
    return 'failed';
  } finally {
    if (rt.inflight.get(conv.id) === controller) rt.inflight.delete(conv.id);
    void channel.adapter.typing?.(conv.contactAddress, false).catch(() => {});
  }
  try {
    return await sendResult(rt, conv, result, signal, registered);
  } finally {
    // After the reply is sent, so the finished message replaces the draft in place.
    draft?.close();
  }
}

async function sendResult(
  rt: DeskRuntime,
  conv: Conversation,
  result: AssistantResult,
  signal: AbortSignal,
  registered: { id: string },
): Promise<AnswerOutcome> {
  if (signal.aborted) return 'aborted';
  // What operators did while the model worked wins: a solved or taken-over
  // conversation gets nothing the model produced.
  const fresh = await stillAnswering(rt, conv);
  if (!fresh) {
    await recordUsage(rt, conv, registered.id, result.usage, undefined);
    return 'aborted';
  }
  const invalid = invalidReply(result);
  if (invalid) {
    await recordUsage(rt, conv, registered.id, result.usage, undefined);
    await recordFailure(rt, fresh, invalid);
    return 'failed';
  }

  let current = fresh;
  if (fresh.state.assistantFailures !== undefined) {
    const { assistantFailures: _f, ...state } = fresh.state;
    current = await updateConversation(rt, fresh, { state });
  }
  current = await adoptLanguage(rt, current, result);
  const author = { kind: 'assistant', id: registered.id } as const;
  const sent: Message[] = [];
  try {
    if (result.type === 'reply') {
      const citations = replyCitations(result);
      for (const content of result.messages) {
        if (signal.aborted) return 'aborted';
        sent.push(
          ...(await deliver(rt, current, content, {
            author,
            signal,
            ...(citations && { citations }),
          })),
        );
      }
    } else if (result.type === 'handoff') {
      if (result.message) {
        sent.push(
          ...(await deliver(
            rt,
            current,
            { type: 'text', text: result.message },
            { author, signal },
          )),
        );
      }
      const fresh = (await rt.store.getConversation(conv.tenantId, conv.id)) ?? current;
      await handOff(rt, fresh, {
        reason: result.reason,
        ...(result.summary !== undefined && { summary: result.summary }),
        ...(result.team !== undefined && { team: result.team }),
      });
    }
  } finally {
    // Tokens were spent whatever happened to the messages; tied to the first one sent (AI6).
    await recordUsage(rt, conv, registered.id, result.usage, sent[0]?.id);
  }
  return signal.aborted ? 'aborted' : 'answered';
}

/** A draft on channels that stream; a failing adapter never fails the turn. */
function openDraft(
  rt: DeskRuntime,
  adapter: ChannelAdapter,
  to: string,
  who: ShownAuthor,
): ReplyDraft | undefined {
  if (!adapter.draft) return undefined;
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      rt.logger.warn('channel draft failed', { error: toError(e).message });
    }
  };
  let draft: ReplyDraft | undefined;
  guard(() => {
    draft = adapter.draft?.(to, who);
  });
  if (!draft) return undefined;
  const open = draft;
  let closed = false;
  return {
    write: (text) => !closed && guard(() => open.write(text)),
    close: () => {
      if (closed) return;
      closed = true;
      guard(() => open.close());
    },
  };
}

async function recordUsage(
  rt: DeskRuntime,
  conv: Conversation,
  assistantId: string,
  usage: AssistantUsage[] | undefined,
  messageId: string | undefined,
): Promise<void> {
  for (const u of usage ?? []) {
    await rt.store.recordUsage({
      tenantId: conv.tenantId,
      assistantId,
      conversationId: conv.id,
      ...(messageId !== undefined && { messageId }),
      ...u,
      at: rt.clock.now(),
    });
  }
}

/**
 * The language the assistant detected becomes the conversation's when neither the
 * channel's setting nor the channel's report (the widget's) gave it one.
 */
async function adoptLanguage(
  rt: DeskRuntime,
  conv: Conversation,
  result: AssistantResult,
): Promise<Conversation> {
  const language = result.type === 'none' ? undefined : result.language;
  if (conv.language !== undefined || !language || !languageCodeSchema.safeParse(language).success)
    return conv;
  return updateConversation(rt, conv, {
    language,
    state: { ...conv.state, languageFrom: 'detected' },
  });
}

/** The conversation as stored, if its assistant still holds it open; else undefined. */
async function stillAnswering(
  rt: DeskRuntime,
  conv: Conversation,
): Promise<Conversation | undefined> {
  const fresh = await rt.store.getConversation(conv.tenantId, conv.id);
  return fresh?.status === 'open' &&
    fresh.handler === 'assistant' &&
    fresh.assistantId === conv.assistantId
    ? fresh
    : undefined;
}

async function recordFailure(rt: DeskRuntime, conv: Conversation, error: Error): Promise<void> {
  const registered = rt.assistants.get(conv.tenantId, conv.assistantId ?? '');
  const failures = (conv.state.assistantFailures ?? 0) + 1;
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
      { type: 'text', text: localize(registered.fallbackMessage, current.language) },
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
  return invalidCitations(result);
}
