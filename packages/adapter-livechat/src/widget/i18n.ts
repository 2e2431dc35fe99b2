/** Every text the widget shows, per language (en, id, pt). */
export interface Texts {
  open: string;
  close: string;
  title: string;
  placeholder: string;
  send: string;
  typing: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  messages: string;
  options: string;
  sending: string;
  sent: string;
  read: string;
  failed: string;
  unread: string;
  /** Shown above an assistant's messages when it has no name. */
  assistant: string;
  /** Shown above an operator's messages when they have no name. */
  operator: string;
  /** The tag beside an assistant's name. */
  ai: string;
  /** The pre-chat form (`data-prechat`). */
  prechat: string;
  name: string;
  email: string;
  phone: string;
  start: string;
  invalid: string;
  /** "{name} is typing…" */
  typingWho: string;
  online: string;
  away: string;
  /** Shown with the email field while the team is away. */
  offline: string;
  emoji: string;
  attach: string;
  /** A file over the size limit or of a type not accepted. */
  fileRefused: string;
}

/** English, inline: the other languages are parts loaded by the visitors who read them. */
export const en: Texts = {
  open: 'Open chat',
  close: 'Close chat',
  title: 'Chat with us',
  placeholder: 'Type a message…',
  send: 'Send',
  typing: 'Typing…',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Reconnecting…',
  unavailable: 'Chat is unavailable right now.',
  messages: 'Messages',
  options: 'Options',
  sending: 'Sending',
  sent: 'Sent',
  read: 'Read',
  failed: 'Not delivered',
  unread: 'new messages',
  assistant: 'Virtual assistant',
  operator: 'Support team',
  ai: 'AI',
  prechat: 'Tell us who you are and we will reply here.',
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  start: 'Start chat',
  invalid: 'Please check this field.',
  typingWho: '{name} is typing…',
  online: 'Online',
  away: 'Away',
  offline: 'We are away right now. Leave your email and we will reply.',
  emoji: 'Emoji',
  attach: 'Attach a file',
  fileRefused: 'Send an image or PDF up to {size}.',
};

export type Lang = 'en' | 'id' | 'pt';

/** Picks the language: `data-lang` first, then the browser's languages, then English. */
export function pickLanguage(wanted: string | undefined, browser: readonly string[]): Lang {
  for (const tag of [wanted, ...browser]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'pt') return 'pt';
    if (base === 'en') return 'en';
  }
  return 'en';
}
