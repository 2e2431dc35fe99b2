import { type ConsoleRow, call, conversationPath } from './api.js';
import { conversationPane, renderConversation } from './conversation.js';
import { button, h } from './dom.js';
import { t } from './i18n.js';
import { rowView } from './list.js';
import { showUnread } from './notify.js';
import { state, type View } from './state.js';
import { attempt } from './toast.js';

let rows: HTMLUListElement;
let more: HTMLButtonElement;
let empty: HTMLElement;
let root: HTMLElement;

function select(
  id: string,
  tag: string,
  label: string,
  options: Array<[string, string]>,
  onChange: (v: string) => void,
) {
  const el = h(
    'select',
    { id, 'aria-label': label },
    ...options.map(([v, text]) => h('option', { value: v }, text)),
  );
  el.addEventListener('change', () => onChange(el.value));
  return h('label', { class: 'filter', 'data-filter': tag }, h('span', {}, label), el);
}

/** The inbox page: the list with its filters, the chat and the contact panel. */
export function inboxView(): HTMLElement {
  const me = state.me!;
  const filters = h(
    'div',
    { class: 'views', role: 'group', 'aria-label': t('show') },
    ...(['all', 'unread', 'solved'] as View[]).map((v) =>
      button(
        t(v),
        () => {
          state.view = v;
          for (const b of filters.querySelectorAll('button'))
            b.setAttribute('aria-pressed', String(b.dataset.view === v));
          void attempt(() => loadList());
        },
        { 'data-view': v, 'aria-pressed': String(state.view === v) },
      ),
    ),
  );
  const search = h('input', {
    type: 'search',
    id: 'search',
    'aria-label': t('search'),
    placeholder: t('searchHint'),
    value: state.search,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.search = search.value.trim();
      void attempt(() => loadList());
    }, 250);
  });
  const set = (key: keyof typeof state.filters) => (v: string) => {
    state.filters[key] = v;
    void attempt(() => loadList());
  };
  const operators = new Map<string, string>();
  for (const team of me.teams) for (const o of team.operators) operators.set(o.id, o.name ?? o.id);
  // Two kinds of labels: the conversation's ("Follow Up") and the customer's ("VIP").
  const labelInput = (id: string, key: 'label' | 'contactLabel', text: string) => {
    const input = h('input', { id, 'aria-label': text, placeholder: text, maxlength: '64' });
    input.addEventListener('change', () => set(key)(input.value.trim()));
    return h('label', { class: 'filter' }, h('span', {}, text), input);
  };
  const more_ = h(
    'details',
    { class: 'more-filters' },
    h('summary', {}, `${t('channel')} · ${t('label')} · ${t('team')} · ${t('assignee')}`),
    h(
      'div',
      { class: 'filter-grid' },
      select(
        'filter-channel',
        'channel',
        t('channel'),
        [['', t('anyone')], ...me.channels.map((c): [string, string] => [c.id, c.name ?? c.id])],
        set('channel'),
      ),
      labelInput('filter-label', 'label', t('conversationLabel')),
      labelInput('filter-contact-label', 'contactLabel', t('contactLabel')),
      select(
        'filter-team',
        'team',
        t('team'),
        [['', t('anyone')], ...me.teams.map((tm): [string, string] => [tm.id, tm.name ?? tm.id])],
        set('team'),
      ),
      select(
        'filter-assignee',
        'assignee',
        t('assignee'),
        [['', t('anyone')], ['me', t('me')], ...[...operators]],
        set('assignee'),
      ),
    ),
  );
  rows = h('ul', { id: 'rows', class: 'rows' });
  empty = h('p', { class: 'muted empty-list', hidden: true }, t('noRows'));
  more = button(t('more'), () => void attempt(() => loadList(true)), {
    hidden: true,
    class: 'more',
  });
  root = h(
    'div',
    { class: 'inbox', 'data-mode': state.selected ? 'chat' : 'list' },
    h(
      'nav',
      { class: 'list', 'aria-label': t('inbox') },
      filters,
      search,
      more_,
      rows,
      empty,
      more,
    ),
    ...conversationPane(),
  );
  return root;
}

export async function loadList(more_ = false): Promise<void> {
  const params = new URLSearchParams({ view: state.view });
  if (state.search) params.set('search', state.search);
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  if (more_ && state.nextCursor) params.set('cursor', state.nextCursor);
  const page = await call<{ items: ConsoleRow[]; nextCursor?: string }>(
    'GET',
    `/api/conversations?${params}`,
  );
  state.rows = more_ ? [...state.rows, ...page.items] : page.items;
  state.nextCursor = page.nextCursor;
  drawRows();
}

function drawRows(): void {
  if (!rows) return;
  rows.replaceChildren(
    ...state.rows.map((r) =>
      rowView(
        r,
        r.id === state.selected,
        (id) => (location.hash = `#/inbox/${encodeURIComponent(id)}`),
      ),
    ),
  );
  empty.hidden = state.rows.length > 0;
  more.hidden = state.nextCursor === undefined;
  showUnread();
}

export async function loadDetail(changed = false): Promise<void> {
  const id = state.selected;
  const detail = id
    ? await call<NonNullable<typeof state.detail>>('GET', conversationPath(id))
    : undefined;
  if (id !== state.selected) return; // another conversation was picked meanwhile
  state.detail = detail;
  renderConversation(changed);
}

/** Opens a conversation (or none); on phones the chat replaces the list. */
export async function open(id: string | undefined): Promise<void> {
  state.selected = id;
  root?.setAttribute('data-mode', id ? 'chat' : 'list');
  drawRows();
  await loadDetail(true);
  // Opening a conversation reads it: the customer sees the read receipts.
  if (id && state.detail && state.detail.unreadCount > 0)
    await call('POST', conversationPath(id, 'read'));
}

/** Moves the selection down or up the list (keyboard j / k). */
export function step(by: 1 | -1): void {
  const at = state.rows.findIndex((r) => r.id === state.selected);
  const next = state.rows[Math.max(0, Math.min(state.rows.length - 1, at + by))];
  if (next) location.hash = `#/inbox/${encodeURIComponent(next.id)}`;
}
