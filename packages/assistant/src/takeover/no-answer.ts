import type { AssistantInput } from '@parley/core';

const namespace = 'parley.assistant';
// The streak only matters while the conversation lives; auto-close is at most 72 h.
const ttlMs = 7 * 24 * 3_600_000;

const keyOf = (input: AssistantInput) =>
  `no-answer/${input.tenantId}/${input.assistantId}/${input.conversation.id}`;

/**
 * Counts consecutive turns in which the knowledge base had no answer (AI2), in the
 * store's key-value space so it survives restarts and works across processes.
 * `answered: undefined` (the turn did not consult the knowledge base) leaves it as is.
 * Returns the streak after this turn.
 */
export async function updateNoAnswerStreak(
  input: AssistantInput,
  answered: boolean | undefined,
): Promise<number> {
  const kv = input.store.kv(namespace);
  const current = (await kv.get<number>(keyOf(input))) ?? 0;
  if (answered === undefined) return current;
  const next = answered ? 0 : current + 1;
  if (next !== current) {
    if (next === 0) await kv.delete(keyOf(input));
    else await kv.set(keyOf(input), next, { ttlMs });
  }
  return next;
}

/** Forgets the streak (after a handoff, so a hand-back starts fresh). */
export async function resetNoAnswerStreak(input: AssistantInput): Promise<void> {
  await input.store.kv(namespace).delete(keyOf(input));
}
