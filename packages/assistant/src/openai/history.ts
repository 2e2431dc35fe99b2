import type { Message } from '@parley/core';
import { contentText } from '@parley/core';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { estimateTokens, messageOverheadTokens } from '../output/tokens.js';

/**
 * The conversation as chat messages, newest kept first until `budgetTokens` is spent
 * (estimated). Messages the customer never saw (failed, suppressed) or that nobody
 * answered (ignored) are left out. The turn's own messages are always kept, cut to
 * fit when a single one is larger than the whole budget.
 */
export function windowHistory(
  history: Message[],
  turn: Message[],
  budgetTokens: number,
): ChatCompletionMessageParam[] {
  const turnIds = new Set(turn.map((m) => m.id));
  const usable = history.filter(
    (m) => m.status === 'received' || m.status === 'sent' || turnIds.has(m.id),
  );
  for (const m of turn) if (!usable.some((u) => u.id === m.id)) usable.push(m);
  const kept: ChatCompletionMessageParam[] = [];
  let spent = 0;
  for (let i = usable.length - 1; i >= 0; i--) {
    const message = usable[i]!;
    let text = contentText(message.content).trim();
    if (text === '') continue;
    let cost = estimateTokens(text) + messageOverheadTokens;
    if (spent + cost > budgetTokens) {
      if (!turnIds.has(message.id)) break;
      // The customer's newest words matter most: keep their start, within the budget.
      const room = Math.max(32, budgetTokens - spent - messageOverheadTokens);
      text = `${text.slice(0, Math.floor(room * 3.5))}…`;
      cost = room + messageOverheadTokens;
    }
    spent += cost;
    kept.push(
      message.direction === 'inbound'
        ? { role: 'user', content: text }
        : { role: 'assistant', content: text },
    );
  }
  return kept.reverse();
}
