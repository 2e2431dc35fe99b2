import type { ConsoleRow, ConversationDetail } from '../../server/views.js';

export type { ConsoleRow, ConversationDetail };

export interface Me {
  operator?: {
    id: string;
    name?: string;
    presence: 'online' | 'away' | 'offline';
    workload: number;
  };
  assistant: { name: string; kind: 'faq' | 'openai'; model?: string };
  csat: { overall: { average: number; count: number } };
}

/** Calls the console API; a refusal throws its message, which says what went wrong. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  // Changes always go as JSON: the server refuses anything else (see requireJson).
  const res = await fetch(path, {
    method,
    ...(method !== 'GET' && {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    }),
  });
  const data = (await res.json().catch(() => ({}))) as { error?: { message: string } };
  if (!res.ok) throw new Error(data.error?.message ?? `${method} ${path}: HTTP ${res.status}`);
  return data as T;
}

export const conversationPath = (id: string, action = '') =>
  `/api/conversations/${encodeURIComponent(id)}${action && `/${action}`}`;
