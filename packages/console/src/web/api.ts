import type { ConversationDetail } from '../api/detail.js';
import type { TeamView } from '../api/team.js';
import type { ConsoleRow } from '../api/views.js';

export type { ConsoleRow, ConversationDetail, TeamView };

export interface Me {
  operator: {
    id: string;
    name: string;
    tenantId: string;
    role: 'operator' | 'admin';
    presence: 'online' | 'away' | 'offline' | null;
  };
  title: string;
  teams: TeamView[];
  channels: Array<{ id: string; kind: string; name?: string }>;
  canned: Array<{ shortcut: string; text: string }>;
  csrf: string | null;
}

export const base =
  document.querySelector<HTMLMetaElement>('meta[name="parley-base"]')?.content ?? '/console';

let csrf: string | null = null;
export function setCsrf(token: string | null): void {
  csrf = token;
}

/** Calls the console API; a refusal throws its message, which says what went wrong. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    credentials: 'same-origin',
    ...(method !== 'GET' && {
      headers: { 'content-type': 'application/json', 'x-parley-csrf': csrf ?? '1' },
      body: JSON.stringify(body ?? {}),
    }),
  });
  if (res.status === 401) {
    location.href = `${base}/`;
    throw new Error('Signed out');
  }
  const data = (await res.json().catch(() => ({}))) as { error?: { message: string } };
  if (!res.ok) throw new Error(data.error?.message ?? `${method} ${path}: HTTP ${res.status}`);
  return data as T;
}

export const conversationPath = (id: string, action = '') =>
  `/api/conversations/${encodeURIComponent(id)}${action && `/${action}`}`;
