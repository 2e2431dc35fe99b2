import type { AssistantInput, MessageContent } from '@parley/core';
import { contentText, foldText } from '@parley/core';
import type { KnowledgeHit } from '../knowledge/source.js';
import { capText } from '../output/cap.js';

const namespace = 'parley.assistant';
// A menu is answered within minutes or not at all.
const ttlMs = 24 * 3_600_000;

/** What a "did you mean" option answers with. */
export interface OfferedOption {
  id: string;
  hitId: string;
  answer: string;
  score: number;
  citation: KnowledgeHit['citation'];
  language?: string;
}

const keyOf = (input: AssistantInput) =>
  `faq-menu/${input.tenantId}/${input.assistantId}/${input.conversation.id}`;

/** The menu message for some FAQ hits; remembers them so a pick can be answered. */
export async function offerMenu(
  input: AssistantInput,
  text: string,
  hits: KnowledgeHit[],
  answerOf: (hit: KnowledgeHit) => string,
): Promise<MessageContent> {
  const options: OfferedOption[] = hits.map((hit, i) => ({
    id: `faq-${i + 1}`,
    hitId: hit.id,
    answer: answerOf(hit),
    score: hit.score,
    citation: hit.citation,
    ...(hit.language !== undefined && { language: hit.language }),
  }));
  await input.store.kv(namespace).set(keyOf(input), options, { ttlMs });
  return {
    type: 'menu',
    text,
    options: hits.map((hit, i) => ({
      id: options[i]!.id,
      // WhatsApp cuts row titles at 24 characters; the description carries the rest.
      title: capText(hit.question ?? hit.text, 24),
      description: capText(hit.question ?? hit.text, 72),
    })),
  };
}

/**
 * The option the customer picked from the last menu: a native choice, its number ("2"),
 * or its title typed back. Forgets the menu once read.
 */
export async function pickedOption(input: AssistantInput): Promise<OfferedOption | undefined> {
  const kv = input.store.kv(namespace);
  const options = await kv.get<OfferedOption[]>(keyOf(input));
  if (!options) return undefined;
  await kv.delete(keyOf(input));
  for (const m of input.turn) {
    if (m.content.type === 'choice') {
      const id = m.content.optionId;
      const found = options.find((o) => o.id === id);
      if (found) return found;
    }
  }
  const typed = foldText(input.turn.map((m) => contentText(m.content)).join(' ')).trim();
  const n = /^\d$/.test(typed) ? Number(typed) : Number.NaN;
  return Number.isInteger(n) ? options[n - 1] : undefined;
}
