import type { Contact, Conversation } from '../model/records.js';

/** One line of the operator inbox (IN1). */
export interface InboxItem {
  conversation: Conversation;
  contact: Pick<Contact, 'id' | 'name' | 'phone' | 'email' | 'labels'>;
  channel: { id: string; kind: string; name?: string; color?: string };
  /** `ai` while an assistant answers; `human` once operators hold it; `menu` while triaging. */
  handledBy: 'ai' | 'human' | 'menu';
  /** Needs a human and none is assigned yet. */
  waitingForHuman: boolean;
}

export function handledBy(conv: Conversation): InboxItem['handledBy'] {
  if (conv.handler === 'assistant') return 'ai';
  if (conv.handler === 'menu') return 'menu';
  return 'human';
}
