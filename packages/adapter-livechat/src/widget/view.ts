import type { AckStatus, WireMessage } from '../protocol.js';
import { contentNodes, h, type LinkPolicy } from './dom.js';
import type { Texts } from './i18n.js';
import type { Launcher } from './launcher.js';
import { styles } from './styles.js';

const clock = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export interface ViewHandlers {
  onToggle(open: boolean): void;
  onSend(text: string): void;
  onChoose(optionId: string, title: string): void;
  onInput(): void;
  /** A message shows a visitor's file whose bytes are not here yet. */
  onFile(id: string): void;
}

/** The widget's DOM inside a shadow root: bubble, panel, log, typing line, composer. */
/** The host page's own words before the first message (`data-greeting`, `data-reply-time`). */
export interface Intro {
  greeting?: string;
  replyTime?: string;
  /** Hide the composer until `startChat` (a pre-chat form comes with `ask`). */
  hold?: boolean;
  /** Which addresses in messages become links (default: any http(s) one). */
  links?: LinkPolicy;
}

export function createView(
  texts: Texts,
  launcher: Launcher,
  handlers: ViewHandlers,
  intro: Intro = {},
) {
  const { shadow, root, bubble, addStyles } = launcher;

  const status = h('div', { class: 'status', role: 'status', hidden: true });
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': texts.messages,
    tabindex: '0',
  });
  const typingLabel = h('span', {}, texts.typing);
  const typing = h(
    'div',
    { class: 'typing', 'aria-live': 'polite', hidden: true },
    h('i'),
    h('i'),
    h('i'),
    typingLabel,
  );
  const presence = h('p', { class: 'presence', hidden: true });
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
    h(
      'header',
      {},
      h('div', { class: 'head' }, h('h2', { id: 'plc-title' }, texts.title), presence),
      close,
    ),
    status,
    log,
    typing,
    form,
  );
  form.hidden = !!intro.hold;
  const files = new Map<string, string>();
  root.prepend(panel);
  addStyles(styles);

  // The greeting heads the log and stays there (history is appended below it); the
  // server's expected reply time replaces the page's own once the welcome brings it.
  const eta = h('p', { class: 'eta', hidden: !intro.replyTime }, intro.replyTime ?? '');
  const introNode = h(
    'div',
    { class: 'intro', hidden: !intro.greeting && !intro.replyTime },
    ...(intro.greeting ? [h('p', {}, intro.greeting)] : []),
    eta,
  );
  log.append(introNode);
  let before: HTMLFormElement | undefined;

  const rows = new Map<string, { message: WireMessage; row: HTMLElement; meta?: HTMLElement }>();
  const key = (dir: string, id: string) => `${dir}:${id}`;
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
    launcher.setOpen(open);
    if (open) {
      log.scrollTop = log.scrollHeight;
      input.focus();
    } else if (shadow.activeElement) {
      bubble.focus();
    }
    handlers.onToggle(open);
  }

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

  function render(message: WireMessage) {
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
    const row = h(
      'div',
      { class: `msg ${message.dir}` },
      ...contentNodes(message.content, intro.links),
    );
    for (const el of row.querySelectorAll<HTMLElement>('[data-file]')) {
      const id = el.dataset.file!;
      const url = files.get(id);
      if (url) fill(el, url);
      else handlers.onFile(id);
    }
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
    refreshMenus();
  }

  function fill(el: HTMLElement, url: string) {
    if (el instanceof HTMLImageElement) el.src = url;
    else el.setAttribute('href', url);
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
    /** More CSS (a part's). */
    addStyles,
    setOpen,
    isOpen,
    render,
    setMeta,
    /** Replaces the log with the server's history (after a welcome). */
    reset(history: WireMessage[]) {
      rows.clear();
      log.replaceChildren(introNode);
      lastSpeaker = undefined;
      lastDay = undefined;
      for (const m of history) {
        render(m);
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
    /** Shows who types ("Sofia is typing…"), or hides the line. */
    setTyping(on: boolean, name?: string) {
      typing.hidden = !on;
      typingLabel.textContent = name ? texts.typingWho.replace('{name}', name) : texts.typing;
    },
    /** The team's status from the server: a dot in the header and the reply time. */
    setTeam(status: 'online' | 'away', replyTime: string | undefined) {
      presence.hidden = false;
      presence.className = `presence ${status}`;
      presence.textContent = status === 'online' ? texts.online : texts.away;
      if (replyTime) {
        eta.textContent = replyTime;
        eta.hidden = false;
        introNode.hidden = false;
      }
    },
    /** A file's bytes arrived (blob URL): every message showing it gets it. */
    setFile(id: string, url: string) {
      files.set(id, url);
      for (const el of log.querySelectorAll<HTMLElement>(`[data-file="${CSS.escape(id)}"]`))
        fill(el, url);
    },
    /** Shows a form (pre-chat, offline email) in place of the composer until `startChat`. */
    ask(next: HTMLFormElement) {
      before?.remove();
      before = next;
      form.before(next);
      form.hidden = true;
    },
    log,
    form,
    input,
    setEnabled(enabled: boolean) {
      input.disabled = !enabled;
      send.disabled = !enabled;
    },
    /** The pre-chat form was sent: the composer takes its place. */
    startChat() {
      before?.remove();
      before = undefined;
      form.hidden = false;
      input.focus();
    },
    setMaxLength(n: number) {
      input.maxLength = n;
    },
  };
}

export type View = ReturnType<typeof createView>;
