import type { ConversationDetail } from './api.js';
import { dateLabel, h, time } from './dom.js';
import { t } from './i18n.js';
import { operatorName, state } from './state.js';

type ConsoleMessage = ConversationDetail['messages'][number];

function who(m: ConsoleMessage, contactName: string): string {
  if (m.direction === 'inbound') return contactName;
  if (m.author.kind === 'assistant') return `${m.author.name ?? t('assistant')} (${t('ai')})`;
  if (m.author.kind === 'operator') return m.author.name ?? operatorName(m.author.id ?? '');
  return t('automatic');
}

function attachmentView(m: ConsoleMessage): HTMLElement | undefined {
  const a = m.attachment;
  if (!a) return undefined;
  if (a.kind === 'image')
    return h(
      'a',
      { href: a.url, target: '_blank', rel: 'noopener' },
      h('img', { src: a.url, alt: a.name ?? t('text'), class: 'thumb' }),
    );
  return h(
    'a',
    { href: a.url, target: '_blank', rel: 'noopener', class: 'file' },
    `📄 ${a.name ?? a.url}`,
  );
}

function messageView(m: ConsoleMessage, contactName: string): HTMLElement {
  const status =
    m.status === 'failed'
      ? ` · ${t('notDelivered')}`
      : m.direction === 'outbound' && m.seen
        ? ` · ${t('seen')}`
        : '';
  const citations = m.citations?.length
    ? h(
        'details',
        { class: 'cites' },
        h('summary', {}, `${t('sources')} (${m.citations.length})`),
        h(
          'ul',
          {},
          ...m.citations.map((c) =>
            h(
              'li',
              {},
              c.url ? h('a', { href: c.url, target: '_blank', rel: 'noopener' }, c.title) : c.title,
            ),
          ),
        ),
      )
    : undefined;
  return h(
    'li',
    { class: `msg ${m.direction} ${m.author.kind}${m.status === 'failed' ? ' failed' : ''}` },
    h('span', { class: 'who' }, who(m, contactName)),
    attachmentView(m) ?? m.text,
    citations,
    h('span', { class: 'when' }, h('time', { datetime: m.at }, time(m.at)), status),
  );
}

/** Messages with a separator wherever the local date changes. */
export function messageList(d: ConversationDetail): HTMLElement[] {
  const out: HTMLElement[] = [];
  let lastDay = '';
  for (const m of d.messages) {
    const day = new Date(m.at).toDateString();
    if (day !== lastDay) {
      out.push(h('li', { class: 'day' }, dateLabel(m.at)));
      lastDay = day;
    }
    out.push(messageView(m, d.title));
  }
  return out;
}

export function stateText(d: ConversationDetail): string {
  if (d.status !== 'open') return t(d.status === 'solved' ? 'solved' : 'closed');
  if (d.waitingForHuman) return t('needsHuman');
  if (d.handledBy === 'ai') return t('aiAnswers');
  if (d.handledBy === 'menu') return t('atMenu');
  if (d.assignee?.id === state.me?.operator.id) return t('humanYou');
  return d.assignee
    ? `${t('human')}: ${d.assignee.name ?? operatorName(d.assignee.id)}`
    : t('human');
}
