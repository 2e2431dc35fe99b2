import type { AckStatus, WireContent, WireMessage } from '../protocol.js';
import type { Texts } from './i18n.js';
import { styles } from './styles.js';

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element; `true` attributes are set empty, `false`/undefined skipped. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

const safeUrl = (url: string) => /^(https?:|\/)/i.test(url);

/** Text with http(s) links made clickable; everything else stays text (never HTML). */
function linkify(text: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    out.push(text.slice(last, match.index));
    out.push(h('a', { href: match[0], target: '_blank', rel: 'noopener noreferrer' }, match[0]));
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function contentNodes(content: WireContent): Array<Node | string> {
  switch (content.type) {
    case 'text':
      return [h('p', {}, ...linkify(content.text))];
    case 'choice':
      return [h('p', {}, content.title ?? content.optionId)];
    case 'menu':
      return [h('p', {}, ...linkify(content.text))];
    case 'media': {
      if (!safeUrl(content.url)) return [h('p', {}, content.caption ?? content.fileName ?? '')];
      const caption = content.caption ? [h('p', {}, ...linkify(content.caption))] : [];
      if (content.kind === 'image') {
        return [h('img', { src: content.url, alt: content.caption ?? '' }), ...caption];
      }
      const name = content.fileName ?? content.url;
      return [
        h('a', { href: content.url, target: '_blank', rel: 'noopener noreferrer' }, name),
        ...caption,
      ];
    }
  }
}

const CHAT_ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z';
const CLOSE_ICON =
  'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

/** The bubble's icon (a speech balloon, or × while open), built without innerHTML (Trusted Types safe). */
function icon(): { svg: SVGSVGElement; set(open: boolean): void } {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', CHAT_ICON);
  svg.append(path);
  return { svg, set: (open) => path.setAttribute('d', open ? CLOSE_ICON : CHAT_ICON) };
}

const clock = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export interface ViewHandlers {
  onToggle(open: boolean): void;
  onSend(text: string): void;
  onChoose(optionId: string, title: string): void;
  onInput(): void;
}

/** The widget's DOM inside a shadow root: bubble, panel, log, typing line, composer. */
/** The host page's own words before the first message (`data-greeting`, `data-reply-time`). */
export interface Intro {
  greeting?: string;
  replyTime?: string;
  /** Shown instead of the composer until it is sent (the pre-chat form). */
  before?: HTMLFormElement;
}

export function createView(
  texts: Texts,
  accent: string,
  handlers: ViewHandlers,
  intro: Intro = {},
) {
  const host = document.createElement('parley-livechat');
  // Inline !important beats any page rule aimed at the host element itself.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });

  const status = h('div', { class: 'status', role: 'status', hidden: true });
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': texts.messages,
    tabindex: '0',
  });
  const typing = h(
    'div',
    { class: 'typing', 'aria-live': 'polite', hidden: true },
    h('i'),
    h('i'),
    h('i'),
    texts.typing,
  );
  const input = h('textarea', {
    'aria-label': texts.placeholder,
    placeholder: texts.placeholder,
    rows: '1',
  });
  const send = h('button', { class: 'send', type: 'submit', 'aria-label': texts.send }, texts.send);
  const form = h('form', {}, input, send);
  const close = h('button', { class: 'close', type: 'button', 'aria-label': texts.close }, '×');
  const panel = h(
    'section',
    {
      class: 'panel',
      id: 'plc-panel',
      role: 'dialog',
      'aria-labelledby': 'plc-title',
      hidden: true,
    },
    h('header', {}, h('h2', { id: 'plc-title' }, texts.title), close),
    status,
    log,
    typing,
    ...(intro.before ? [intro.before] : []),
    form,
  );
  if (intro.before) form.hidden = true;
  const badge = h('span', { class: 'badge', hidden: true });
  const bubble = h('button', {
    class: 'bubble',
    type: 'button',
    'aria-label': texts.open,
    'aria-expanded': 'false',
    'aria-controls': 'plc-panel',
  });
  const launcher = icon();
  bubble.append(launcher.svg, badge);
  const root = h('div', { class: 'root' }, panel, bubble);
  root.style.setProperty('--plc-accent', accent);
  // A constructed sheet passes a strict CSP (no 'unsafe-inline'); <style> is the fallback.
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(h('style', {}, styles));
  }
  shadow.append(root);

  // The greeting heads the log and stays there (history is appended below it).
  const introNode =
    intro.greeting || intro.replyTime
      ? h(
          'div',
          { class: 'intro' },
          ...(intro.greeting ? [h('p', {}, intro.greeting)] : []),
          ...(intro.replyTime ? [h('p', { class: 'eta' }, intro.replyTime)] : []),
        )
      : undefined;
  if (introNode) log.append(introNode);

  const rows = new Map<string, { message: WireMessage; row: HTMLElement; meta?: HTMLElement }>();
  const key = (dir: string, id: string) => `${dir}:${id}`;
  let unread = 0;
  // Who wrote the last row: a name shows once at the start of each run of messages.
  let lastSpeaker: string | undefined;
  // The local day of the last row: a separator goes in where it changes.
  let lastDay: string | undefined;

  /** "Maria", or the assistant's name with an AI tag; undefined for system messages. */
  function speaker(message: WireMessage): { id: string; label: HTMLElement } | undefined {
    const author = message.author;
    if (message.dir !== 'out' || !author) return undefined;
    const ai = author.kind === 'assistant';
    const name = author.name ?? (ai ? texts.assistant : texts.operator);
    const label = h('span', { class: 'who' }, name);
    if (ai) label.append(h('span', { class: 'tag' }, texts.ai));
    return { id: `${author.kind}:${name}`, label };
  }

  const isOpen = () => !panel.hidden;
  function setOpen(open: boolean) {
    if (open === isOpen()) return;
    panel.hidden = !open;
    root.classList.toggle('open', open);
    launcher.set(open);
    bubble.setAttribute('aria-expanded', String(open));
    bubble.setAttribute('aria-label', open ? texts.close : texts.open);
    if (open) {
      unread = 0;
      badge.hidden = true;
      log.scrollTop = log.scrollHeight;
      input.focus();
    } else if (shadow.activeElement) {
      bubble.focus();
    }
    handlers.onToggle(open);
  }

  bubble.addEventListener('click', () => setOpen(!isOpen()));
  close.addEventListener('click', () => setOpen(false));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.stopPropagation();
      setOpen(false);
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', () => handlers.onInput());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || input.disabled) return;
    input.value = '';
    handlers.onSend(text);
  });

  /** Only the newest menu with no visitor message after it takes clicks. */
  function refreshMenus() {
    let answered = false;
    for (const { message, row } of [...rows.values()].reverse()) {
      if (message.dir === 'in') answered = true;
      for (const b of row.querySelectorAll('button')) b.disabled = answered;
      if (message.content.type === 'menu') answered = true;
    }
  }

  function render(message: WireMessage, live: boolean) {
    const k = key(message.dir, message.id);
    const existing = rows.get(k);
    if (existing) {
      existing.message = { ...existing.message, ...message };
      return;
    }
    const day = new Date(message.at).toDateString();
    if (day !== lastDay) {
      lastDay = day;
      log.append(
        h(
          'div',
          { class: 'day' },
          new Date(message.at).toLocaleDateString([], { day: 'numeric', month: 'short' }),
        ),
      );
    }
    const row = h('div', { class: `msg ${message.dir}` }, ...contentNodes(message.content));
    const who = speaker(message);
    if (who && who.id !== lastSpeaker) row.prepend(who.label);
    lastSpeaker = who?.id;
    const content = message.content;
    if (content.type === 'menu') {
      const group = h('div', { class: 'menu', role: 'group', 'aria-label': texts.options });
      for (const option of content.options) {
        const b = h('button', { type: 'button' }, option.title);
        b.addEventListener('click', () => handlers.onChoose(option.id, option.title));
        group.append(b);
      }
      row.append(group);
    }
    const entry: { message: WireMessage; row: HTMLElement; meta?: HTMLElement } = { message, row };
    const time = h('time', { datetime: new Date(message.at).toISOString() }, clock(message.at));
    if (message.dir === 'in') {
      entry.meta = h('span', {});
      row.append(h('span', { class: 'meta' }, time, ' ', entry.meta));
    } else row.append(h('span', { class: 'meta' }, time));
    rows.set(k, entry);
    log.append(row);
    log.scrollTop = log.scrollHeight;
    if (live && message.dir === 'out' && !isOpen()) {
      unread++;
      badge.textContent = String(unread);
      badge.hidden = false;
      bubble.setAttribute('aria-label', `${texts.open} (${unread} ${texts.unread})`);
    }
    refreshMenus();
  }

  function setMeta(id: string, state: AckStatus | 'sending' | 'read') {
    const entry = rows.get(key('in', id));
    if (!entry?.meta) return;
    const label =
      state === 'sending'
        ? texts.sending
        : state === 'read'
          ? texts.read
          : state === 'failed'
            ? texts.failed
            : texts.sent;
    const mark =
      state === 'sending' ? '…' : state === 'read' ? '✓✓' : state === 'failed' ? '!' : '✓';
    entry.meta.textContent = mark;
    entry.meta.title = label;
    entry.meta.setAttribute('aria-label', label);
  }

  return {
    host,
    setOpen,
    isOpen,
    render,
    setMeta,
    /** Replaces the log with the server's history (after a welcome). */
    reset(history: WireMessage[]) {
      rows.clear();
      log.replaceChildren(...(introNode ? [introNode] : []));
      lastSpeaker = undefined;
      lastDay = undefined;
      for (const m of history) {
        render(m, false);
        if (m.dir === 'in') setMeta(m.id, m.read ? 'read' : 'accepted');
      }
    },
    has: (dir: string, id: string) => rows.has(key(dir, id)),
    unreadOut: () => [...rows.values()].filter((e) => e.message.dir === 'out' && !e.message.read),
    markReadLocally(ids: string[]) {
      for (const id of ids) {
        const e = rows.get(key('out', id));
        if (e) e.message = { ...e.message, read: true };
      }
    },
    setStatus(text: string | undefined) {
      status.hidden = text === undefined;
      status.textContent = text ?? '';
    },
    setTyping(on: boolean) {
      typing.hidden = !on;
    },
    setEnabled(enabled: boolean) {
      input.disabled = !enabled;
      send.disabled = !enabled;
    },
    /** The pre-chat form was sent: the composer takes its place. */
    startChat() {
      intro.before?.remove();
      form.hidden = false;
      input.focus();
    },
    setMaxLength(n: number) {
      input.maxLength = n;
    },
  };
}

export type View = ReturnType<typeof createView>;
