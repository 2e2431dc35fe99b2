import type { ConversationDetail } from './api.js';
import { byId, h } from './dom.js';

/** The contact panel (IN2): name, facts, labels, notes, solve / unread, the CSAT answer. */
export function renderPanel(
  d: ConversationDetail | undefined,
  changedConversation: boolean,
  onRemoveLabel: (label: string) => void,
): void {
  byId('panel').hidden = d === undefined;
  if (!d) return;
  const name = byId<HTMLInputElement>('contact-name');
  // Never overwrite what the operator is typing.
  if (changedConversation || document.activeElement !== name) name.value = d.contact.name ?? '';
  const facts: Array<[string, string | undefined]> = [
    ['Shown as', d.title],
    ['E-mail', d.contact.email],
    ['Phone', d.contact.phone],
    ['Address', d.contactAddress],
  ];
  byId('facts').replaceChildren(
    ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
  byId('labels').replaceChildren(
    ...d.labels.map((label) => {
      const remove = h('button', { type: 'button', 'aria-label': `Remove label ${label}` }, '×');
      remove.addEventListener('click', () => onRemoveLabel(label));
      return h('li', {}, label, remove);
    }),
  );
  byId('notes').replaceChildren(
    ...d.contact.notes.map((n) =>
      h(
        'li',
        {},
        n.text,
        h('small', {}, `${n.author ?? ''} · ${new Date(n.createdAt).toLocaleString()}`),
      ),
    ),
  );
  byId<HTMLButtonElement>('solve').disabled = d.status !== 'open';
  byId<HTMLButtonElement>('unread').disabled = d.unreadCount > 0;
  byId('csat').textContent = d.csat
    ? `Rated ${d.csat.score}/5 by the customer ("${d.csat.answer}").`
    : d.status === 'solved'
      ? 'Satisfaction survey sent; no answer yet.'
      : '';
}
