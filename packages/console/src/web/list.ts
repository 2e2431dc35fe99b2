import type { ConsoleRow } from './api.js';
import { h, time } from './dom.js';
import { t } from './i18n.js';
import { operatorName } from './state.js';

const handled = { ai: 'ai', human: 'human', menu: 'menu' } as const;

/** One conversation in the list (IN1): who, where, the last words, unread, AI or human. */
export function rowView(
  row: ConsoleRow,
  selected: boolean,
  onSelect: (id: string) => void,
): HTMLElement {
  const badges: Array<HTMLElement | undefined> = [
    h('span', { class: `badge ${row.handledBy}` }, t(handled[row.handledBy])),
    row.waitingForHuman ? h('span', { class: 'badge need' }, t('needsHuman')) : undefined,
    row.status !== 'open'
      ? h('span', { class: 'badge solved' }, t(row.status === 'solved' ? 'solved' : 'closed'))
      : undefined,
    row.unreadCount > 0
      ? h(
          'span',
          { class: 'badge unread', 'aria-label': `${row.unreadCount} ${t('unread')}` },
          String(row.unreadCount),
        )
      : undefined,
  ];
  const last = row.lastMessage;
  const b = h(
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
      { class: 'rowtop meta' },
      h(
        'span',
        { class: 'chan', style: row.channel.color && `border-color:${row.channel.color}` },
        row.channel.name ?? row.channel.kind,
      ),
      ...row.labels.map((l) => h('span', { class: 'badge label' }, l)),
      row.assignee ? `· ${row.assignee.name ?? operatorName(row.assignee.id)}` : undefined,
      h('span', { class: 'grow' }),
      h('time', { datetime: row.lastActivityAt }, time(row.lastActivityAt)),
    ),
  );
  b.addEventListener('click', () => onSelect(row.id));
  return h('li', {}, b);
}
