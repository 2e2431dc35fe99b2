// The `panel` part (`widget.js?part=panel`): the chat itself, loaded when the visitor
// first reaches for the bubble. It takes over the link's frames from the first script,
// which kept them (in order) until now.
import type { HelloFrame, ServerFrame, WireMessage } from '../protocol.js';
import { composerTools } from './composer-tools.js';
import type { LinkState } from './connection.js';
import { FILE_PREFIX, linkPolicy } from './dom.js';
import { drafts } from './drafts.js';
import type { Extras } from './extras.js';
import type { Texts } from './i18n.js';
import type { Launcher } from './launcher.js';
import { exportPart, loadPart } from './part.js';
import { type Profile, prechatFields, readProfile } from './prechat.js';
import { createView } from './view.js';

export interface PanelContext {
  script: HTMLScriptElement | null;
  data: DOMStringMap;
  texts: Texts;
  launcher: Launcher;
  /** The hello the link sends; the pre-chat form adds the profile to it. */
  hello: Omit<HelloFrame, 'type' | 'v' | 'token'>;
  link: { send(frame: import('../protocol.js').ClientFrame): void; reconnect(): void };
  profileKey: string;
}

function mountPanel(c: PanelContext) {
  const { data, texts, hello, link, profileKey } = c;
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
    const id = newId();
    show({ id, dir: 'in', content, at: Date.now() });
    link.send({ type: 'message', id, content });
    if (typingOn) setTyping(false);
  };
  const show = (message: WireMessage) => {
    pending.set(message.id, message);
    view.render(message);
    view.setMeta(message.id, 'sending');
  };

  // The status line: the link's state first, else a passing notice (a refused file).
  let linkStatus: string | undefined;
  let notice: string | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const showStatus = () => view.setStatus(linkStatus ?? notice);

  // Files: checked here for size and type (the server checks the bytes again).
  let upload: { maxBytes: number; types: string[] } | undefined;
  const sendFile = (file: File) => {
    if (!upload || file.size > upload.maxBytes || !upload.types.includes(file.type)) {
      const mb = `${Math.round(((upload?.maxBytes ?? 0) / 1048576) * 10) / 10} MB`;
      notice = texts.fileRefused.replace('{size}', mb);
      showStatus();
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => {
        notice = undefined;
        showStatus();
      }, 6_000);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const id = newId();
      const data = String(reader.result).split(',')[1] ?? '';
      // Shown at once from the local file; the server's copy has its own link.
      view.setFile(`local-${id}`, URL.createObjectURL(file));
      const kind = file.type.startsWith('image/') ? 'image' : 'document';
      const url = `${FILE_PREFIX}local-${id}`;
      show({
        id,
        dir: 'in',
        at: Date.now(),
        content: { type: 'media', kind, url, fileName: file.name },
      });
      link.send({ type: 'upload', id, name: file.name.slice(0, 200) || 'file', data });
    };
    reader.readAsDataURL(file);
  };

  // The pre-chat form is asked once per browser, unless the page already names the visitor.
  const fields = prechatFields(data.prechat);
  const asked = fields.length > 0 && !data.name && !data.email && !readProfile(profileKey);
  function saveProfile(profile: Profile) {
    try {
      localStorage.setItem(profileKey, JSON.stringify(profile));
    } catch {
      // Private mode: the profile still goes with this page's hello.
    }
    hello.profile = profile;
    view.startChat();
    // A new hello carries the profile; the session (same token) keeps its history.
    link.reconnect();
  }
  const view = createView(
    texts,
    c.launcher,
    {
      onToggle: (open) => open && sendRead(),
      onSend: (text) => sendMessage({ type: 'text', text }),
      onChoose: (optionId, title) => sendMessage({ type: 'choice', optionId, title }),
      onInput: () => setTyping(true),
      onFile: (id) => link.send({ type: 'file', id }),
    },
    {
      ...(data.greeting && { greeting: data.greeting.slice(0, 500) }),
      ...(data.replyTime && { replyTime: data.replyTime.slice(0, 200) }),
      hold: asked,
      links: linkPolicy(location.hostname, data.linkDomains),
    },
  );
  // The `extras` part (forms, emoji grid, their CSS), loaded once on first use.
  let extrasLoad: Promise<Extras> | undefined;
  const extras = () =>
    (extrasLoad ??= loadPart<Extras>(c.script, 'extras').then(
      (x) => {
        view.addStyles(x.css);
        return x;
      },
      (error: unknown) => {
        extrasLoad = undefined;
        throw error;
      },
    ));
  if (asked) {
    extras().then(
      (x) => view.ask(x.prechatForm(fields, texts, saveProfile)),
      // Without the form the chat still works, as if none had been asked for.
      () => view.startChat(),
    );
  }
  const tools = composerTools(texts, view.input, sendFile, extras);
  view.input.before(...tools.nodes);
  const streaming = drafts(view.log, texts);
  let offlineAsked = false;

  const onFrame = (frame: ServerFrame) => {
    switch (frame.type) {
      case 'welcome':
        view.reset(frame.history);
        // Messages still in the outbox go out again after the welcome; keep showing them.
        for (const message of pending.values()) {
          if (view.has('in', message.id)) continue;
          view.render(message);
          view.setMeta(message.id, 'sending');
        }
        view.setMaxLength(frame.maxMessageChars);
        upload = frame.upload;
        tools.setUpload(upload?.types);
        if (frame.team) {
          view.setTeam(frame.team.status, frame.team.replyTime);
          // Away: ask where to reply, once, unless the visitor already gave an email.
          if (frame.team.status === 'away' && !hello.profile?.email && !offlineAsked) {
            offlineAsked = true;
            extras().then(
              (x) =>
                view.ask(
                  x.prechatForm(['email'], { ...texts, prechat: texts.offline }, (profile) => {
                    saveProfile({ ...hello.profile, ...profile });
                  }),
                ),
              () => {},
            );
          }
        }
        sendRead();
        return;
      case 'draft':
        view.setTyping(false);
        streaming.apply(frame);
        return;
      case 'file': {
        const bytes = Uint8Array.from(atob(frame.data), (c) => c.charCodeAt(0));
        view.setFile(frame.id, URL.createObjectURL(new Blob([bytes], { type: frame.mimeType })));
        return;
      }
      case 'message':
        if (frame.message.dir === 'out') {
          view.setTyping(false);
          streaming.clear();
        }
        view.render(frame.message);
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
        view.setTyping(frame.on, frame.author?.name);
        clearTimeout(typingShown);
        if (frame.on) typingShown = setTimeout(() => view.setTyping(false), 30_000);
        return;
    }
  };

  const onState = (state: LinkState) => {
    linkStatus =
      state === 'online'
        ? undefined
        : state === 'refused'
          ? texts.unavailable
          : state === 'connecting'
            ? texts.connecting
            : texts.reconnecting;
    showStatus();
    view.setEnabled(state !== 'refused');
  };

  document.addEventListener('visibilitychange', sendRead);
  return { onFrame, onState, setOpen: view.setOpen, isOpen: view.isOpen };
}

export type Panel = ReturnType<typeof mountPanel>;
export type PanelPart = typeof mountPanel;

exportPart(mountPanel);
