import {
  type ConsoleRow,
  type ConversationDetail,
  call,
  conversationPath,
  type Me,
} from './api.js';
import { renderChat } from './chat.js';
import { byId } from './dom.js';
import { rowView } from './list.js';
import { renderPanel } from './panel.js';

// The agent console: a thin page over the console API. It never keeps its own copy of
// the truth: the socket says what changed, and the page reads it again.

type View = 'all' | 'unread' | 'solved';
type Frame =
  | { type: 'event'; name: string; conversationId?: string; contactId?: string }
  | { type: 'typing'; address: string; on: boolean };

const state: {
  view: View;
  search: string;
  rows: ConsoleRow[];
  nextCursor?: string;
  selected?: string;
  detail?: ConversationDetail;
  me?: Me;
} = { view: 'all', search: '', rows: [] };

const toast = byId('toast');
let toastTimer: ReturnType<typeof setTimeout> | undefined;
function showError(error: unknown) {
  toast.textContent = error instanceof Error ? error.message : String(error);
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.hidden = true), 6000);
}
/** Runs an action; a refusal shows its message instead of failing silently. */
const run = (action: () => Promise<unknown>) => () => void action().catch(showError);

async function loadList(more = false) {
  const params = new URLSearchParams({ view: state.view });
  if (state.search) params.set('search', state.search);
  if (more && state.nextCursor) params.set('cursor', state.nextCursor);
  const page = await call<{ items: ConsoleRow[]; nextCursor?: string }>(
    'GET',
    `/api/conversations?${params}`,
  );
  state.rows = more ? [...state.rows, ...page.items] : page.items;
  state.nextCursor = page.nextCursor;
  byId('rows').replaceChildren(
    ...state.rows.map((r) => rowView(r, r.id === state.selected, select)),
  );
  byId('no-rows').hidden = state.rows.length > 0;
  byId('more').hidden = state.nextCursor === undefined;
}

async function loadDetail(changed = false) {
  const id = state.selected;
  const detail = id ? await call<ConversationDetail>('GET', conversationPath(id)) : undefined;
  if (id !== state.selected) return; // another conversation was picked meanwhile
  state.detail = detail;
  const operatorId = state.me?.operator?.id ?? '';
  renderChat(detail, operatorId, changed);
  renderPanel(detail, changed, (label) =>
    run(() =>
      call('DELETE', conversationPath(detail!.id, `labels/${encodeURIComponent(label)}`)),
    )(),
  );
  if (changed) byId('typing').hidden = true;
}

async function loadMe() {
  const me = await call<Me>('GET', '/api/me');
  state.me = me;
  byId('me-name').textContent = me.operator?.name ?? me.operator?.id ?? '?';
  if (me.operator) byId<HTMLSelectElement>('presence').value = me.operator.presence;
  byId('assistant-info').textContent =
    `Assistant: ${me.assistant.name} (${me.assistant.kind === 'openai' ? me.assistant.model : 'offline FAQ'})`;
  const { average, count } = me.csat.overall;
  byId('csat-info').textContent =
    count > 0 ? `CSAT ${average.toFixed(1)} / 5 (${count})` : 'CSAT: no ratings yet';
}

async function select(id: string) {
  state.selected = id;
  for (const b of document.querySelectorAll<HTMLElement>('.rowbtn')) {
    b.setAttribute('aria-current', String(b.dataset.id === id));
  }
  await loadDetail(true);
  // Opening a conversation reads it: the visitor sees the read receipts.
  if (state.detail && state.detail.unreadCount > 0)
    await call('POST', conversationPath(id, 'read'));
}

// Refreshes are coalesced: one turn fires several events in a row.
let pending: { list: boolean; detail: boolean; me: boolean } | undefined;
function refresh(what: Partial<NonNullable<typeof pending>>) {
  const first = pending === undefined;
  pending = { list: false, detail: false, me: false, ...pending };
  for (const [k, v] of Object.entries(what)) if (v) pending[k as keyof typeof pending] = true;
  if (!first) return;
  setTimeout(() => {
    const p = pending!;
    pending = undefined;
    void Promise.all([p.list && loadList(), p.detail && loadDetail(), p.me && loadMe()]).catch(
      showError,
    );
  }, 60);
}

function onFrame(frame: Frame) {
  if (frame.type === 'typing') {
    if (frame.address === state.detail?.contactAddress) byId('typing').hidden = !frame.on;
    return;
  }
  const mine =
    (frame.conversationId !== undefined && frame.conversationId === state.selected) ||
    (frame.contactId !== undefined && frame.contactId === state.detail?.contact.id);
  if (mine && frame.name === 'message.received') byId('typing').hidden = true;
  refresh({
    list: true,
    detail: mine || frame.name === 'message.read',
    me: frame.name === 'operator.presence' || frame.name === 'csat.submitted',
  });
}

/** The live feed, reconnecting with back-off; after a reconnect everything is read again. */
function connect(attempt = 0) {
  const ws = new WebSocket(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/console/ws`,
  );
  const status = byId('link-state');
  ws.onopen = () => {
    status.textContent = 'Live';
    attempt = 0;
    refresh({ list: true, detail: true, me: true });
  };
  ws.onmessage = (event) => onFrame(JSON.parse(String(event.data)) as Frame);
  ws.onclose = () => {
    status.textContent = 'Reconnecting…';
    setTimeout(() => connect(attempt + 1), Math.min(10_000, 500 * 2 ** attempt));
  };
}

function on(id: string, event: string, handler: (e: Event) => void) {
  byId(id).addEventListener(event, handler);
}
const detailId = () => state.detail?.id ?? '';
const post = (action: string, body?: unknown) =>
  call('POST', conversationPath(detailId(), action), body);
/** Submits a form's text field through `send`, clearing it once the server accepted it. */
function formAction(form: string, field: string, send: (value: string) => Promise<unknown>) {
  on(form, 'submit', (e) => {
    e.preventDefault();
    const input = byId<HTMLInputElement | HTMLTextAreaElement>(field);
    const value = input.value.trim();
    if (!value || !state.detail) return;
    run(async () => {
      await send(value);
      if (field !== 'contact-name') input.value = '';
    })();
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.filters button')) {
  button.addEventListener('click', () => {
    state.view = button.dataset.view as View;
    for (const b of document.querySelectorAll('.filters button'))
      b.setAttribute('aria-pressed', String(b === button));
    run(() => loadList())();
  });
}
let searchTimer: ReturnType<typeof setTimeout> | undefined;
on('search', 'input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    state.search = byId<HTMLInputElement>('search').value.trim();
    run(() => loadList())();
  }, 250);
});
on(
  'more',
  'click',
  run(() => loadList(true)),
);
on(
  'presence',
  'change',
  run(() =>
    call('POST', '/api/me/presence', { presence: byId<HTMLSelectElement>('presence').value }),
  ),
);
on(
  'take-over',
  'click',
  run(() => post('take-over')),
);
on(
  'hand-back',
  'click',
  run(() => post('hand-back')),
);
on(
  'solve',
  'click',
  run(() => post('solve')),
);
on(
  'unread',
  'click',
  run(() => post('unread')),
);
formAction('reply-form', 'reply', (text) => post('reply', { text }));
formAction('label-form', 'new-label', (label) => post('labels', { label }));
formAction('note-form', 'new-note', (text) =>
  call('POST', `/api/contacts/${encodeURIComponent(state.detail!.contact.id)}/notes`, { text }),
);
formAction('rename-form', 'contact-name', (name) =>
  call('POST', `/api/contacts/${encodeURIComponent(state.detail!.contact.id)}/name`, { name }),
);
on('reply', 'keydown', (e) => {
  const key = e as KeyboardEvent;
  if (key.key === 'Enter' && !key.shiftKey && !key.isComposing) {
    e.preventDefault();
    byId<HTMLFormElement>('reply-form').requestSubmit();
  }
});

connect();
