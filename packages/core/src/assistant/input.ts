import type { AssistantConfig } from '../desk/options.js';
import { channelRuntime, type DeskRuntime } from '../desk/runtime.js';
import type { Conversation, Message } from '../model/records.js';
import type { AssistantInput } from './assistant.js';

/** What an assistant sees for `conv`: contact, recent history, channel limits. */
export async function buildAssistantInput(
  rt: DeskRuntime,
  conv: Conversation,
  registered: Pick<AssistantConfig, 'id'>,
  turn: Message[],
): Promise<AssistantInput | undefined> {
  const contact = await rt.store.getContact(conv.tenantId, conv.contactId);
  if (!contact) return undefined;
  const channel = channelRuntime(rt, conv.channelId);
  return {
    tenantId: conv.tenantId,
    assistantId: registered.id,
    conversation: conv,
    contact,
    history: await rt.store.listMessages(conv.tenantId, conv.id, { limit: rt.config.historyLimit }),
    turn,
    channel: {
      id: channel.config.id,
      kind: channel.adapter.kind,
      capabilities: channel.adapter.capabilities,
    },
    store: rt.store,
    now: rt.clock.now(),
  };
}
