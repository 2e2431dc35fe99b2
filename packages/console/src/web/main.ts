import { base, call, type Me, setCsrf } from './api.js';
import { showTyping } from './conversation.js';
import { button, h } from './dom.js';
import { getLocale, type Locale, locales, pickLocale, setLocale, t } from './i18n.js';
import { inboxView, loadDetail, loadList, open, step } from './inbox.js';
import { announce, canNotify, setBaseTitle } from './notify.js';
import { reportsView } from './reports.js';
import { settingsView } from './settings.js';
import { state } from './state.js';
import { attempt, showError } from './toast.js';

// The operator console: a thin page over the console API. It keeps no truth of its
// own: the socket says what changed, and the page reads it again.

type Frame =
  | { type: 'event'; name: string; conversationId?: string; contactId?: string; preview?: string }
  | { type: 'typing'; address: string; on: boolean };

const app = document.getElementById('app')!;
const main = h('main', { id: 'view' });
const linkState = h('span', { class: 'link', role: 'status' });
let page = '';

function header(me: Me): HTMLElement {
  const presence = h(
    'select',
    { id: 'presence', 'aria-label': t('status') },
    ...(['online', 'away', 'offline'] as const).map((p) =>
      h('option', { value: p, selected: me.operator.presence === p }, t(p)),
    ),
  );
  presence.disabled = me.operator.presence === null;
  presence.addEventListener(
    'change',
    () => void attempt(() => call('POST', '/api/me/presence', { presence: presence.value })),
  );
  const lang = h(
    'select',
    { id: 'lang', 'aria-label': t('language') },
    ...locales.map((l) => h('option', { value: l, selected: l === getLocale() }, l.toUpperCase())),
  );
  lang.addEventListener('change', () => {
    localStorage.setItem('parley-console-locale', lang.value);
    location.reload();
  });
  const link = (hash: string, key: 'inbox' | 'reports' | 'settings') =>
    h('a', { href: hash, 'data-page': key }, t(key));
  const admin = me.operator.role === 'admin';
  const notify = canNotify()
    ? button(
        t('notifications'),
        () => void Notification.requestPermission().then(() => notify?.remove()),
        { class: 'link' },
      )
    : undefined;
  return h(
    'header',
    { class: 'top' },
    h('strong', { class: 'brand' }, me.title),
    h(
      'nav',
      { class: 'sections', 'aria-label': t('settings') },
      link('#/inbox', 'inbox'),
      admin && link('#/reports', 'reports'),
      admin && link('#/settings', 'settings'),
    ),
    h('span', { class: 'grow' }),
    h('span', { class: 'who' }, me.operator.name),
    presence,
    lang,
    notify,
    linkState,
    button(
      t('signOut'),
      () =>
        void attempt(async () => {
          await call('DELETE', '/api/session');
          location.href = `${base}/`;
        }),
      { class: 'link' },
    ),
  );
}

/** `#/inbox`, `#/inbox/<id>`, `#/reports`, `#/settings`. */
function route(): void {
  const [, section = 'inbox', id] = location.hash.split('/');
  const admin = state.me?.operator.role === 'admin';
  const next = admin && (section === 'reports' || section === 'settings') ? section : 'inbox';
  for (const a of document.querySelectorAll('.sections a'))
    a.setAttribute('aria-current', String(a.getAttribute('data-page') === next));
  if (next !== page) {
    page = next;
    main.replaceChildren(
      next === 'reports' ? reportsView() : next === 'settings' ? settingsView() : inboxView(),
    );
    if (next === 'inbox') void attempt(() => loadList());
  }
  if (next === 'inbox') void attempt(() => open(id ? decodeURIComponent(id) : undefined));
}

// Refreshes are coalesced: one turn fires several events in a row.
let pending: { list: boolean; detail: boolean } | undefined;
function refresh(what: { list?: boolean; detail?: boolean }) {
  const first = pending === undefined;
  pending = { list: false, detail: false, ...pending };
  if (what.list) pending.list = true;
  if (what.detail) pending.detail = true;
  if (!first || page !== 'inbox') return;
  setTimeout(() => {
    const p = pending!;
    pending = undefined;
    void Promise.all([p.list && loadList(), p.detail && loadDetail()]).catch(showError);
  }, 80);
}

function onFrame(frame: Frame): void {
  if (frame.type === 'typing') {
    if (frame.address === state.detail?.contactAddress) showTyping(frame.on);
    return;
  }
  const mine =
    (frame.conversationId !== undefined && frame.conversationId === state.selected) ||
    (frame.contactId !== undefined && frame.contactId === state.detail?.contact.id);
  if (frame.name === 'message.received') {
    if (mine) showTyping(false);
    announce(frame.conversationId, frame.preview);
  }
  if (frame.name === 'operator.presence' || frame.name.startsWith('conversation.assigned'))
    void call<Me>('GET', '/api/me').then((me) => {
      state.me = { ...me, canned: state.me?.canned ?? me.canned };
    }, showError);
  refresh({ list: true, detail: mine || frame.name === 'message.read' });
}

/** The live feed, reconnecting with back-off; after a reconnect everything is read again. */
function connect(attempt_ = 0): void {
  const ws = new WebSocket(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${base}/ws`,
  );
  ws.onopen = () => {
    linkState.textContent = t('live');
    attempt_ = 0;
    refresh({ list: true, detail: true });
  };
  ws.onmessage = (event) => onFrame(JSON.parse(String(event.data)) as Frame);
  ws.onclose = () => {
    linkState.textContent = t('reconnecting');
    setTimeout(() => connect(attempt_ + 1), Math.min(10_000, 500 * 2 ** attempt_));
  };
}

function typingInField(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function shortcuts(): void {
  document.addEventListener('keydown', (e) => {
    if (
      e.key === 'Escape' &&
      page === 'inbox' &&
      state.selected &&
      !document.querySelector('dialog[open]')
    ) {
      location.hash = '#/inbox';
      return;
    }
    if (typingInField(e) || e.ctrlKey || e.metaKey || e.altKey || page !== 'inbox') return;
    const click = (id: string) => document.getElementById(id)?.click();
    const keys: Record<string, () => void> = {
      j: () => step(1),
      k: () => step(-1),
      '/': () => document.getElementById('search')?.focus(),
      r: () => document.getElementById('reply')?.focus(),
      t: () => click('take-over'),
      e: () => click('solve'),
      '?': () => alertHelp(),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  });
}

function alertHelp(): void {
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, t('shortcuts')),
    h('p', {}, t('shortcutList')),
    button('OK', () => dialog.close()),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

async function boot(): Promise<void> {
  const saved = localStorage.getItem('parley-console-locale');
  setLocale(
    (saved && (locales as string[]).includes(saved)
      ? saved
      : pickLocale(navigator.languages)) as Locale,
  );
  document.documentElement.lang = getLocale();
  const me = await call<Me>('GET', '/api/me');
  state.me = me;
  setCsrf(me.csrf);
  setBaseTitle(me.title);
  app.replaceChildren(header(me), main);
  window.addEventListener('hashchange', route);
  route();
  shortcuts();
  connect();
}

void boot().catch(showError);
