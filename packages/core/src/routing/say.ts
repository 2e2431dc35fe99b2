import type { DeskRuntime } from '../desk/runtime.js';
import type { MessageContent } from '../model/content.js';
import type { Conversation } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';

/**
 * Sends an automatic message (welcome, menu, team messages) as the system and returns
 * the conversation as saved afterwards, so callers keep working on fresh state.
 */
export async function say(
  rt: DeskRuntime,
  conv: Conversation,
  content: string | MessageContent,
): Promise<Conversation> {
  const value: MessageContent =
    typeof content === 'string' ? { type: 'text', text: content } : content;
  await deliver(rt, conv, value, { author: { kind: 'system' } });
  return (await rt.store.getConversation(conv.tenantId, conv.id)) ?? conv;
}
