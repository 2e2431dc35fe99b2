import type { ConsoleRow } from './api.js';
import { h, time } from './dom.js';

const handledLabel = { ai: 'AI', human: 'Human', menu: 'Menu' } as const;

/** One conversation in the list (IN1): who, where, the last words, unread, AI or human. */
export function rowView(
  row: ConsoleRow,
  selected: boolean,
  onSelect: (id: string) => void,
): HTMLElement {
  const badges: HTMLElement[] = [
    h(
      'span',
      { class: `badge ${row.handledBy}`, title: 'Who answers' },
      handledLabel[row.handledBy],
    ),
  ];
  if (row.waitingForHuman) badges.push(h('span', { class: 'badge need' }, 'Needs a human'));
  if (row.status !== 'open')
    badges.push(
      h('span', { class: 'badge solved' }, row.status === 'solved' ? 'Solved' : 'Closed'),
    );
  if (row.unreadCount > 0) {
    badges.push(
      h(
        'span',
        { class: 'badge unread', 'aria-label': `${row.unreadCount} unread` },
        String(row.unreadCount),
      ),
    );
  }
  const last = row.lastMessage;
  const button = h(
    'button',
    { type: 'button', class: 'rowbtn', 'aria-current': String(selected), 'data-id': row.id },
    h('span', { class: 'rowtop' }, h('span', { class: 'rowtitle' }, row.title), ...badges),
    h(
      'span',
      { class: 'snippet' },
      last ? `${last.direction === 'outbound' ? '↩ ' : ''}${last.text}` : '',
    ),
    h(
      'span',
      { class: 'rowtop muted' },
      h(
        'span',
        { class: 'badge', style: row.channel.color && `border:1px solid ${row.channel.color}` },
        row.channel.name ?? row.channel.kind,
      ),
      ...row.labels.map((l) => h('span', { class: 'badge label' }, l)),
      row.assignee ? `· ${row.assignee.name ?? row.assignee.id}` : undefined,
      h('span', { class: 'grow' }),
      time(row.lastActivityAt),
    ),
  );
  button.addEventListener('click', () => onSelect(row.id));
  return h('li', {}, button);
}
