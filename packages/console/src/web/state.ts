import type { ConsoleRow, ConversationDetail, Me } from './api.js';

export type View = 'all' | 'unread' | 'solved';

/** What the page shows now. The server holds the truth: this is only what was last read. */
export const state: {
  me?: Me;
  view: View;
  search: string;
  filters: {
    channel: string;
    label: string;
    contactLabel: string;
    team: string;
    assignee: string;
  };
  rows: ConsoleRow[];
  nextCursor?: string;
  selected?: string;
  detail?: ConversationDetail;
} = {
  view: 'all',
  search: '',
  filters: { channel: '', label: '', contactLabel: '', team: '', assignee: '' },
  rows: [],
};

/** Operator name by id, from the tenant's teams. */
export function operatorName(id: string): string {
  for (const team of state.me?.teams ?? [])
    for (const o of team.operators) if (o.id === id && o.name) return o.name;
  return id === state.me?.operator.id ? state.me.operator.name : id;
}
