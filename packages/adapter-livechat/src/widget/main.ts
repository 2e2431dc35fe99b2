import { DEFAULT_LIVECHAT_PATH } from '../constants.js';
import type { HelloFrame, ServerFrame } from '../protocol.js';
import { type LinkState, openLink } from './connection.js';
import { en, pickLanguage, type Texts } from './i18n.js';
import { createLauncher } from './launcher.js';
import type { Panel, PanelPart } from './panel.js';
import { isPartUrl, loadPart } from './part.js';
import { readProfile } from './prechat.js';

/** Frames kept for the panel while it has not loaded. */
const HELD_MAX = 500;

// The Parley live-chat widget: `<script src=".../widget.js" data-channel="web"></script>`.
// Read by the script tag's data attributes:
//   data-server     ws(s) URL of the channel (default: the script's host + /parley/livechat)
//   data-channel    the desk channel id; also names the stored resume token
//   data-lang       en | id | pt (default: the browser's language)
//   data-title, data-color, data-open="true"
//   data-greeting, data-reply-time   shown at the top of the chat
//   data-link-domains  "toko.id wa.me": besides the page's own site, the only domains
//                   whose addresses in messages become links
//   data-prechat    "name,email,phone": ask these (checked) before the first message
//   data-identifier + data-identifier-hash (CH7, computed by your server), data-name, data-email
//
// This first script draws the bubble and holds the link (so the unread count works with
// the chat closed); the chat itself is the `panel` part, loaded (see part.ts) when the
// visitor points at, focuses or clicks the bubble, or at once with data-open="true".

const script = document.currentScript as HTMLScriptElement | null;

function serverUrl(data: DOMStringMap): string {
  if (data.server) return data.server;
  const base = new URL(script?.src || location.href, location.href);
  base.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  base.pathname = DEFAULT_LIVECHAT_PATH;
  base.search = '';
  return base.href;
}

async function start() {
  const data = script?.dataset ?? {};
  const lang = pickLanguage(data.lang, navigator.languages ?? []);
  // English is inline; another language is a part, asked before anything shows.
  const texts: Texts = {
    ...(lang === 'en' ? en : await loadPart<Texts>(script, lang).catch(() => en)),
  };
  if (data.title) texts.title = data.title;
  const accent = data.color && /^#[0-9a-f]{3,8}$/i.test(data.color) ? data.color : '#0b6bcb';
  const channel = data.channel;
  const profileKey = `parley.livechat.${channel ?? 'default'}.profile`;

  const stored = readProfile(profileKey);
  const hello: Omit<HelloFrame, 'type' | 'v' | 'token'> = {
    ...(channel && { channel }),
    // The conversation's language on the server: `data-lang` as given, else the UI's.
    lang: (data.lang || lang).slice(0, 35),
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

  const launcher = createLauncher(texts, accent);
  // Until the panel is here, frames wait in order (a welcome replaces all before it)
  // and business messages count as unread.
  let panel: Panel | undefined;
  let held: ServerFrame[] = [];
  let state: LinkState = 'connecting';
  const onFrame = (frame: ServerFrame) => {
    if (frame.type === 'message' && frame.message.dir === 'out' && !launcher.isOpen())
      launcher.bump();
    if (panel) return panel.onFrame(frame);
    if (frame.type === 'welcome') held = [];
    // A typing or draft frame only matters as the latest of its kind: a reply streamed
    // while the chat is closed must not pile up its every chunk.
    if (frame.type === 'typing' || frame.type === 'draft' || frame.type === 'ping')
      held = held.filter((f) => f.type !== frame.type);
    held.push(frame);
    // Past the cap the oldest go (the welcome stays): the panel asks nothing again, but a
    // page left open for days must not grow without end.
    if (held.length > HELD_MAX) held.splice(held[0]?.type === 'welcome' ? 1 : 0, 1);
  };
  const onState = (next: LinkState) => {
    state = next;
    panel?.onState(next);
  };
  const link = openLink({
    url: serverUrl(data),
    hello,
    tokenKey: `parley.livechat.${channel ?? 'default'}`,
    onFrame,
    onState,
  });

  let loading: Promise<Panel> | undefined;
  const load = () =>
    (loading ??= loadPart<PanelPart>(script, 'panel').then(
      (mount) => {
        const p = mount({ script, data, texts, launcher, hello, link, profileKey });
        p.onState(state);
        for (const frame of held) p.onFrame(frame);
        held = [];
        panel = p;
        return p;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const { bubble } = launcher;
  bubble.addEventListener('click', () => {
    void load().then(
      (p) => p.setOpen(!p.isOpen()),
      () => {},
    );
  });
  // Fetched while the pointer is on its way, so a click rarely waits.
  for (const type of ['pointerenter', 'focus'])
    bubble.addEventListener(type, () => void load().catch(() => {}));
  document.body.append(launcher.host);
  if (data.open === 'true')
    void load().then(
      (p) => p.setOpen(true),
      () => {},
    );
}

// A route that ignores `?part=` answers a part's URL with this script: do not start twice.
if (isPartUrl(script)) {
  // Nothing: the widget that asked for the part says what to fix.
} else if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => void start());
} else void start();
