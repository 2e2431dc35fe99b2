import type { DeskRuntime } from '../desk/runtime.js';
import type { MessageContent } from '../model/content.js';
import { type LocalizedText, localize } from '../model/localized-text.js';
import type { Conversation } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';

/**
 * Sends an automatic message (welcome, menu, team messages) as the system, in the
 * conversation's language when the text has variants, and returns
 * the conversation as saved afterwards, so callers keep working on fresh state.
 */
export async function say(
  rt: DeskRuntime,
  conv: Conversation,
  content: LocalizedText | MessageContent,
): Promise<Conversation> {
  const value: MessageContent =
    typeof content === 'string' || !('type' in content && typeof content.type === 'string')
      ? { type: 'text', text: localize(content as LocalizedText, conv.language) }
      : (content as MessageContent);
  await deliver(rt, conv, value, { author: { kind: 'system' } });
  return (await rt.store.getConversation(conv.tenantId, conv.id)) ?? conv;
}
