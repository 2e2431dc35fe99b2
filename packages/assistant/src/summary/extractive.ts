import type { AssistantInput, Message } from '@parley/core';
import { contentText, foldText } from '@parley/core';
import { detectLanguage } from '../language/detect.js';
import { capText } from '../output/cap.js';

const visible = (m: Message) => m.status === 'received' || m.status === 'sent';

/**
 * A summary for the operator without a model (IN3): who, where, the customer's most
 * telling sentences (questions, numbers, words the conversation keeps coming back to,
 * the latest message) in their order, and the last answer given. Deterministic and
 * free; `openaiAssistant` uses the model instead and falls back to this.
 */
export function extractiveSummary(
  input: Pick<AssistantInput, 'history' | 'contact' | 'channel'>,
  options: { maxChars?: number; reason?: string } = {},
): string {
  const messages = input.history.filter(visible);
  const inbound = messages.filter((m) => m.direction === 'inbound');
  const customerText = inbound.map((m) => contentText(m.content)).join(' ');
  const who =
    input.contact.name ??
    input.contact.phone ??
    input.contact.identities[0]?.externalId ??
    'Customer';
  const language = detectLanguage(customerText);
  const header = `${who} (${[input.channel.kind, language].filter(Boolean).join(', ')}), ${inbound.length} message${inbound.length === 1 ? '' : 's'} from the customer.`;
  const lines = [header];
  const picked = keySentences(inbound, 3);
  if (picked.length > 0) lines.push(`Customer: ${picked.map((s) => `"${s}"`).join(' … ')}`);
  const lastReply = [...messages].reverse().find((m) => m.direction === 'outbound');
  if (lastReply) lines.push(`Last reply: "${capText(contentText(lastReply.content), 160)}"`);
  if (options.reason) lines.push(`Handoff: ${options.reason}`);
  return capText(lines.join('\n'), options.maxChars ?? 600);
}

function keySentences(inbound: Message[], count: number): string[] {
  const sentences: Array<{ text: string; order: number; words: string[]; last: boolean }> = [];
  inbound.forEach((m, i) => {
    for (const text of contentText(m.content).split(/(?<=[.!?])\s+|\n+/)) {
      const trimmed = text.trim();
      if (trimmed.length < 2) continue;
      sentences.push({
        text: capText(trimmed, 160),
        order: sentences.length,
        words: foldText(trimmed)
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length >= 4),
        last: i === inbound.length - 1,
      });
    }
  });
  const frequency = new Map<string, number>();
  for (const s of sentences)
    for (const w of new Set(s.words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const scored = sentences.map((s) => {
    const recurring = s.words.reduce((sum, w) => sum + (frequency.get(w) ?? 0) - 1, 0);
    let score = recurring / Math.sqrt(s.words.length + 1) + Math.min(s.words.length, 6) * 0.1;
    if (s.text.includes('?')) score += 1;
    if (/\d/.test(s.text)) score += 0.5;
    if (s.last) score += 1;
    return { ...s, score };
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text);
}
