import type { DeskRuntime } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';

/** Saves `conv` with `patch` applied and `updatedAt` moved to now. */
export async function updateConversation(
  rt: DeskRuntime,
  conv: Conversation,
  patch: Partial<Conversation>,
): Promise<Conversation> {
  const next: Conversation = { ...conv, ...patch, updatedAt: rt.clock.now() };
  await rt.store.saveConversation(next);
  return next;
}
