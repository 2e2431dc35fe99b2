import type { Conversation, InboxItem } from '@parley/core';

/** Mirrors the inbox's label (IN1) for one conversation. */
export function handledByOf(c: Pick<Conversation, 'handler'>): InboxItem['handledBy'] {
  if (c.handler === 'assistant') return 'ai';
  return c.handler === 'menu' ? 'menu' : 'human';
}
