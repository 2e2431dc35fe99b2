import { DEFAULT_LIVECHAT_PATH } from '../constants.js';
import type { HelloFrame, ServerFrame, WireMessage } from '../protocol.js';
import { type LinkState, openLink } from './connection.js';
import { pickLanguage, textsFor } from './i18n.js';
import { type Profile, prechatField, prechatFields, prechatForm } from './prechat.js';
import { createView } from './view.js';

/** The pre-chat answers kept from an earlier visit, if any. */
function readProfile(key: string): Profile | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return undefined;
    const out: Profile = {};
    for (const field of prechatField)
      if (typeof raw[field] === 'string') out[field] = (raw[field] as string).slice(0, 320);
    return Object.keys(out).length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

// The Parley live-chat widget: `<script src=".../widget.js" data-channel="web"></script>`.
// Read by the script tag's data attributes:
//   data-server     ws(s) URL of the channel (default: the script's host + /parley/livechat)
//   data-channel    the desk channel id; also names the stored resume token
//   data-lang       en | id | pt (default: the browser's language)
//   data-title, data-color, data-open="true"
//   data-greeting, data-reply-time   shown at the top of the chat
//   data-prechat    "name,email,phone": ask these (checked) before the first message
//   data-identifier + data-identifier-hash (CH7, computed by your server), data-name, data-email

const script = document.currentScript as HTMLScriptElement | null;

function serverUrl(data: DOMStringMap): string {
  if (data.server) return data.server;
  const base = new URL(script?.src || location.href, location.href);
  base.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  base.pathname = DEFAULT_LIVECHAT_PATH;
  base.search = '';
  return base.href;
}

function start() {
  const data = script?.dataset ?? {};
  const texts = { ...textsFor(pickLanguage(data.lang, navigator.languages ?? [])) };
  if (data.title) texts.title = data.title;
  const accent = data.color && /^#[0-9a-f]{3,8}$/i.test(data.color) ? data.color : '#0b6bcb';
  const channel = data.channel;

  const stored = readProfile(`parley.livechat.${channel ?? 'default'}.profile`);
  const hello: Omit<HelloFrame, 'type' | 'v' | 'token'> = {
    ...(channel && { channel }),
    ...(data.identifier && {
      identity: {
        identifier: data.identifier,
        ...(data.identifierHash && { identifier_hash: data.identifierHash }),
      },
    }),
    ...((data.name || data.email) && {
      profile: { ...(data.name && { name: data.name }), ...(data.email && { email: data.email }) },
    }),
    ...(!data.name && !data.email && stored && { profile: stored }),
  };

  const pending = new Map<string, WireMessage>();
  let typingOn = false;
  let typingSentAt = 0;
  let typingIdle: ReturnType<typeof setTimeout> | undefined;
  let typingShown: ReturnType<typeof setTimeout> | undefined;
  const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

  const setTyping = (on: boolean) => {
    clearTimeout(typingIdle);
    if (on) typingIdle = setTimeout(() => setTyping(false), 4_000);
    const now = Date.now();
    if (on === typingOn && (!on || now - typingSentAt < 3_000)) return;
    typingOn = on;
    typingSentAt = now;
    link.send({ type: 'typing', on });
  };

  // Tells the server which business messages the visitor has seen (panel open, tab
  // visible), once per burst of messages so a long reply costs one frame.
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  const sendRead = () => {
    clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      if (!view.isOpen() || document.visibilityState !== 'visible') return;
      const ids = view
        .unreadOut()
        .map((e) => e.message.id)
        .slice(-100);
      if (ids.length === 0) return;
      view.markReadLocally(ids);
      link.send({ type: 'read', ids });
    }, 300);
  };

  const sendMessage = (
    content: { type: 'text'; text: string } | { type: 'choice'; optionId: string; title: string },
  ) => {
    const message: WireMessage = { id: newId(), dir: 'in', content, at: Date.now() };
    const { id } = message;
    pending.set(id, message);
    view.render(message, true);
    view.setMeta(id, 'sending');
    link.send({ type: 'message', id, content });
    if (typingOn) setTyping(false);
  };

  // The pre-chat form is asked once per browser, unless the page already names the visitor.
  const profileKey = `parley.livechat.${channel ?? 'default'}.profile`;
  const fields = prechatFields(data.prechat);
  const asked = fields.length > 0 && !data.name && !data.email && !readProfile(profileKey);
  const intro = {
    ...(data.greeting && { greeting: data.greeting.slice(0, 500) }),
    ...(data.replyTime && { replyTime: data.replyTime.slice(0, 200) }),
    ...(asked && {
      before: prechatForm(fields, texts, (profile) => {
        try {
          localStorage.setItem(profileKey, JSON.stringify(profile));
        } catch {
          // Private mode: the profile still goes with this page's hello.
        }
        hello.profile = profile;
        view.startChat();
        // A new hello carries the profile; the session (same token) keeps its history.
        link.reconnect();
      }),
    }),
  };
  const view = createView(
    texts,
    accent,
    {
      onToggle: (open) => open && sendRead(),
      onSend: (text) => sendMessage({ type: 'text', text }),
      onChoose: (optionId, title) => sendMessage({ type: 'choice', optionId, title }),
      onInput: () => setTyping(true),
    },
    intro,
  );

  const onFrame = (frame: ServerFrame) => {
    switch (frame.type) {
      case 'welcome':
        view.reset(frame.history);
        // Messages still in the outbox go out again after the welcome; keep showing them.
        for (const message of pending.values()) {
          if (view.has('in', message.id)) continue;
          view.render(message, false);
          view.setMeta(message.id, 'sending');
        }
        view.setMaxLength(frame.maxMessageChars);
        sendRead();
        return;
      case 'message':
        if (frame.message.dir === 'out') view.setTyping(false);
        view.render(frame.message, true);
        if (frame.message.dir === 'in') view.setMeta(frame.message.id, 'accepted');
        sendRead();
        return;
      case 'ack':
        pending.delete(frame.id);
        view.setMeta(frame.id, frame.status);
        return;
      case 'read':
        for (const id of frame.ids) view.setMeta(id, 'read');
        return;
      case 'typing':
        view.setTyping(frame.on);
        clearTimeout(typingShown);
        if (frame.on) typingShown = setTimeout(() => view.setTyping(false), 30_000);
        return;
    }
  };

  const onState = (state: LinkState) => {
    view.setStatus(
      state === 'online'
        ? undefined
        : state === 'refused'
          ? texts.unavailable
          : state === 'connecting'
            ? texts.connecting
            : texts.reconnecting,
    );
    view.setEnabled(state !== 'refused');
  };

  const link = openLink({
    url: serverUrl(data),
    hello,
    tokenKey: `parley.livechat.${channel ?? 'default'}`,
    onFrame,
    onState,
  });

  document.addEventListener('visibilitychange', sendRead);
  document.body.append(view.host);
  if (data.open === 'true') view.setOpen(true);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
