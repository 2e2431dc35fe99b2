import type { ConversationDetail } from './api.js';
import { byId, h, time } from './dom.js';

type ConsoleMessage = ConversationDetail['messages'][number];

const who = (m: ConsoleMessage, contactName: string) => {
  if (m.direction === 'inbound') return contactName;
  if (m.author.kind === 'assistant') return `${m.author.name ?? 'Assistant'} (AI)`;
  if (m.author.kind === 'operator') return m.author.name ?? 'Operator';
  return 'Automatic message';
};

function messageView(m: ConsoleMessage, contactName: string): HTMLElement {
  const status =
    m.status === 'failed'
      ? ' · not delivered'
      : m.direction === 'outbound' && m.seen
        ? ' · Seen'
        : '';
  return h(
    'li',
    { class: `msg ${m.direction} ${m.author.kind}${m.status === 'failed' ? ' failed' : ''}` },
    h('span', { class: 'who' }, who(m, contactName)),
    m.text,
    h('span', { class: 'when' }, `${time(m.at)}${status}`),
  );
}

const stateText = (d: ConversationDetail, operatorId: string) => {
  if (d.status !== 'open') return d.status === 'solved' ? 'Solved' : 'Closed';
  if (d.waitingForHuman) return 'Needs a human';
  if (d.handledBy === 'ai') return 'AI answers';
  if (d.handledBy === 'menu') return 'At the menu';
  if (d.assigneeId === operatorId) return 'Human: you';
  return d.assigneeId ? `Human: ${d.assigneeId}` : 'Human';
};

/** The chat window (IN2): messages, who holds it, Take over / Hand back to AI. */
export function renderChat(
  d: ConversationDetail | undefined,
  operatorId: string,
  changedConversation: boolean,
): void {
  byId('empty').hidden = d !== undefined;
  byId('chat-main').hidden = d === undefined;
  if (!d) return;
  byId('chat-title').textContent = d.title;
  const badge = byId('chat-state');
  badge.textContent = stateText(d, operatorId);
  badge.className = `badge ${d.waitingForHuman ? 'need' : d.handledBy}`;
  const mine = d.handledBy === 'human' && d.assigneeId === operatorId && !d.waitingForHuman;
  byId<HTMLButtonElement>('take-over').disabled = mine || d.status !== 'open';
  byId<HTMLButtonElement>('hand-back').disabled = d.handledBy === 'ai' || d.status !== 'open';
  // Why the assistant gave up, and its summary (IN3), for whoever picks it up.
  const handoff = byId('handoff');
  handoff.hidden = !d.handoff || d.handledBy !== 'human' || d.status !== 'open';
  if (d.handoff) {
    byId('handoff-reason').textContent = `Handed to humans: ${d.handoff.reason}`;
    byId('handoff-summary').textContent = d.handoff.summary ?? '';
  }
  const list = byId('messages');
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 40;
  list.replaceChildren(...d.messages.map((m) => messageView(m, d.title)));
  if (atBottom || changedConversation) list.scrollTop = list.scrollHeight;
}
