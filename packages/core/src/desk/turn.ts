import type { InboundMessage } from '../channel/adapter.js';
import { updateConversation } from '../conversation/transitions.js';
import { toContent } from '../inbox/inbox.js';
import { deliver } from '../outbound/deliver.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { ChannelRuntime, DeskRuntime } from './runtime.js';

export function createTurnContext(
  rt: DeskRuntime,
  channel: ChannelRuntime,
  inbound: InboundMessage,
): TurnContext {
  const ctx = {
    tenantId: channel.config.tenantId,
    channel: { ...channel.config, kind: channel.adapter.kind },
    runtime: channel,
    inbound,
    isNewConversation: false,
    needsRoute: false,
    awaitingSurvey: false,
    turn: [],
    state: {},
    outcome: { status: 'failed', error: new Error('turn did not reach the conversation stage') },
    async reply(content: Parameters<TurnContext['reply']>[0]) {
      const sent = await deliver(rt, ctx.conversation, toContent(content), {
        author: { kind: 'system' },
      });
      // deliver saved the conversation (snippet, activity); later stages need that copy.
      ctx.conversation =
        (await rt.store.getConversation(ctx.conversation.tenantId, ctx.conversation.id)) ??
        ctx.conversation;
      return sent;
    },
    async saveConversation(patch = {}) {
      ctx.conversation = await updateConversation(rt, ctx.conversation, patch);
      return ctx.conversation;
    },
  } as unknown as TurnContext;
  return ctx;
}
