import { call, conversationPath } from './api.js';
import { messageList, stateText } from './chat.js';
import { composer } from './composer.js';
import { button, h } from './dom.js';
import { t } from './i18n.js';
import { contactPanel, renderPanel } from './panel.js';
import { state } from './state.js';
import { attempt } from './toast.js';
import { transferDialog } from './transfer.js';

const els: Record<string, HTMLElement> = {};
const detailId = () => state.detail?.id ?? '';
export const post = (action: string, body?: unknown) =>
  call('POST', conversationPath(detailId(), action), body);
const act = (action: string) => () => void attempt(() => post(action));

/** The chat column and the contact panel, filled by `renderConversation`. */
export function conversationPane(): HTMLElement[] {
  els.title = h('h2', { id: 'chat-title' });
  els.badge = h('span', { class: 'badge' });
  els.takeOver = button(t('takeOver'), act('take-over'), { id: 'take-over' });
  els.handBack = button(t('handBack'), act('hand-back'), { id: 'hand-back' });
  els.transfer = button(t('transfer'), () => transferDialog(), { id: 'transfer' });
  els.solve = button(t('solve'), act('solve'), { id: 'solve' });
  els.reopen = button(t('reopen'), act('reopen'), { id: 'reopen' });
  els.unread = button(t('markUnread'), act('unread'), { id: 'unread' });
  els.handoff = h('details', { class: 'handoff', hidden: true });
  els.summary = h('div', { class: 'summary' });
  els.messages = h('ol', {
    class: 'messages',
    'aria-label': t('messages'),
    'aria-live': 'polite',
    // Scrollable regions must be reachable by keyboard (axe: scrollable-region-focusable).
    tabindex: '0',
  });
  els.typing = h(
    'p',
    { class: 'typing', hidden: true },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
    t('typing'),
  );
  els.empty = h('p', { class: 'empty muted' }, t('pick'));
  els.main = h(
    'div',
    { class: 'chat-main', hidden: true },
    h(
      'header',
      { class: 'chat-head' },
      button(`← ${t('back')}`, () => (location.hash = '#/inbox'), {
        class: 'back',
        'aria-label': t('back'),
      }),
      els.title,
      els.badge,
      h('span', { class: 'grow' }),
      h(
        'div',
        { class: 'actions' },
        els.takeOver,
        els.handBack,
        els.transfer,
        els.solve,
        els.reopen,
        els.unread,
      ),
    ),
    els.handoff,
    els.summary,
    els.messages,
    els.typing,
    composer(
      (text) => attempt(() => post('reply', { text })),
      (file) =>
        attempt(async () => post('attachment', { name: file.name, data: await base64(file) })),
      typingSignal(),
    ),
  );
  return [
    h('section', { class: 'chat', 'aria-label': t('chat') }, els.empty, els.main),
    contactPanel(),
  ];
}

/**
 * Tells the customer the operator is typing: once every 3 s while keys are pressed, and
 * "stopped" after 4 s without any. Failures are silent; it is only a hint.
 */
function typingSignal(): () => void {
  let sentAt = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const say = (on: boolean) => void post('typing', { on }).catch(() => {});
  return () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      sentAt = 0;
      say(false);
    }, 4_000);
    if (Date.now() - sentAt < 3_000) return;
    sentAt = Date.now();
    say(true);
  };
}

/** A file's bytes as base64, for the JSON body of the attachment route. */
function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function showTyping(on: boolean): void {
  if (els.typing) els.typing.hidden = !on;
}

export function renderConversation(changed: boolean): void {
  const d = state.detail;
  if (!els.main) return;
  els.empty!.hidden = d !== undefined;
  els.main.hidden = d === undefined;
  renderPanel(d, changed);
  if (!d) return;
  els.title!.textContent = d.title;
  els.badge!.textContent = stateText(d);
  els.badge!.className = `badge ${d.waitingForHuman ? 'need' : d.handledBy}`;
  const open = d.status === 'open';
  const mine = d.handledBy === 'human' && d.assignee?.id === state.me?.operator.id;
  (els.takeOver as HTMLButtonElement).hidden = mine || !open;
  (els.handBack as HTMLButtonElement).hidden = d.handledBy === 'ai' || !open;
  (els.transfer as HTMLButtonElement).hidden = !open;
  (els.solve as HTMLButtonElement).hidden = !open;
  (els.reopen as HTMLButtonElement).hidden = d.status !== 'solved';
  (els.unread as HTMLButtonElement).hidden = d.unreadCount > 0;
  // Why the assistant gave up, and its summary (IN3), for whoever picks it up.
  els.handoff!.hidden = !d.handoff || !open;
  if (d.handoff)
    els.handoff!.replaceChildren(
      h('summary', {}, `${t('handedReason')}: ${d.handoff.reason}`),
      h('p', {}, d.handoff.summary ?? ''),
    );
  els.summary!.replaceChildren(
    ...(d.summary ? [h('p', {}, h('b', {}, `${t('summary')}: `), d.summary)] : []),
    button(t('makeSummary'), () => void attempt(() => post('summary').then(() => undefined)), {
      class: 'link',
    }),
  );
  const list = els.messages!;
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 40;
  list.replaceChildren(...messageList(d));
  if (atBottom || changed) list.scrollTop = list.scrollHeight;
  if (changed) showTyping(false);
}
