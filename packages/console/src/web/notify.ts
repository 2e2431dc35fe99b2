import { t } from './i18n.js';
import { state } from './state.js';

let baseTitle = document.title;
export function setBaseTitle(title: string): void {
  baseTitle = title;
  showUnread();
}

/** The unread count in the tab title, so a background tab still says something waits. */
export function showUnread(): void {
  const unread = state.rows.reduce((n, r) => n + (r.unreadCount > 0 ? 1 : 0), 0);
  document.title = unread > 0 ? `(${unread}) ${baseTitle}` : baseTitle;
}

let audio: AudioContext | undefined;
/** A short two-tone chime made on the fly: no sound file to host. */
function chime(): void {
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    for (const [i, freq] of [880, 1320].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + i * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.15, now + i * 0.12 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.12 + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.12);
      osc.stop(now + i * 0.12 + 0.22);
    }
  } catch {
    // No audio (autoplay rules, headless): the title and notification still tell.
  }
}

/** A customer wrote: chime, and a browser notification when the page is not in front. */
export function announce(conversationId: string | undefined, preview: string | undefined): void {
  const inFront = document.visibilityState === 'visible' && conversationId === state.selected;
  if (inFront) return;
  chime();
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible') return;
  const row = state.rows.find((r) => r.id === conversationId);
  const n = new Notification(row?.title ?? t('newMessage'), {
    body: preview ?? t('newMessage'),
    tag: conversationId,
  });
  n.onclick = () => {
    window.focus();
    if (conversationId) location.hash = `#/inbox/${encodeURIComponent(conversationId)}`;
  };
}

export const canNotify = () =>
  typeof Notification !== 'undefined' && Notification.permission === 'default';
