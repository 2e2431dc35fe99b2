import type { DeskRuntime } from '../desk/runtime.js';
import { handOff } from '../routing/handoff.js';

/**
 * When a message limit silences an assistant, its conversation goes to humans (its
 * backup team), so the customer is not left waiting. A listener rather than a call
 * from the outbound chain: the chain knows nothing of routing.
 */
export function handOffWhenLimited(rt: DeskRuntime): () => void {
  return rt.bus.on('limit.reached', async ({ conversation, author, reason }) => {
    if (author.kind !== 'assistant' || conversation.handler !== 'assistant') return;
    await handOff(rt, conversation, { reason });
  });
}
