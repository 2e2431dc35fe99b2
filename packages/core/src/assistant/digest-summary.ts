import { contentText } from '../model/content.js';
import type { Message } from '../model/records.js';
import { snippet } from '../util/text.js';
import type { AssistantInput } from './assistant.js';
import type { Summarizer } from './summarizer.js';

const shown = (m: Message) => m.status === 'received' || m.status === 'sent';

function author(m: Message): string {
  if (m.author.kind === 'operator') return `operator ${m.author.id}`;
  if (m.author.kind === 'assistant') return `assistant ${m.author.id}`;
  return 'system';
}

/**
 * The desk's own summary when no assistant can make one (IN3): who, where, how many
 * messages, the first and latest thing the customer said, the last reply and who gave
 * it, why it was handed to humans, its labels. Deterministic, offline and free, so every
 * conversation has a summary, human-only ones included; a model-based summariser
 * (`createDesk({ summarizer })`) replaces it.
 */
export const digestSummarizer: Summarizer = {
  async summarize(input: AssistantInput): Promise<string> {
    const messages = input.history.filter(shown);
    const inbound = messages.filter((m) => m.direction === 'inbound');
    const who =
      input.contact.name ??
      input.contact.phone ??
      input.contact.email ??
      input.contact.identities[0]?.externalId ??
      'The customer';
    const lines = [
      `${who} on ${input.channel.kind}: ${inbound.length} message${inbound.length === 1 ? '' : 's'} from the customer.`,
    ];
    const first = inbound[0];
    const latest = inbound.at(-1);
    if (first) lines.push(`Asked: "${snippet(contentText(first.content))}"`);
    if (latest && latest !== first) lines.push(`Latest: "${snippet(contentText(latest.content))}"`);
    const reply = messages.findLast((m) => m.direction === 'outbound');
    if (reply)
      lines.push(`Last reply (${author(reply)}): "${snippet(contentText(reply.content))}"`);
    const handoff = input.conversation.state.handoff;
    if (typeof handoff?.reason === 'string') lines.push(`Handed to humans: ${handoff.reason}`);
    if (input.conversation.labels.length > 0)
      lines.push(`Labels: ${input.conversation.labels.join(', ')}`);
    return lines.join('\n');
  },
};
