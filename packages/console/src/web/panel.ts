import { call, conversationPath } from './api.js';
import { button, h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';
import { attempt } from './toast.js';

const els: Record<string, HTMLElement> = {};

/** A one-field form that sends its value and clears it once accepted. */
function fieldForm(
  id: string,
  label: string,
  submit: string,
  send: (v: string) => Promise<unknown>,
  area = false,
) {
  const input = area
    ? h('textarea', { id, rows: '2', 'aria-label': label, maxlength: '5000' })
    : h('input', { id, 'aria-label': label, maxlength: '200' });
  const form = h('form', { class: 'row' }, input, h('button', { type: 'submit' }, submit));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value.trim();
    if (!value || !state.detail) return;
    void attempt(() => send(value)).then((ok) => {
      if (ok && id !== 'contact-name') input.value = '';
    });
  });
  return form;
}

const contactPath = (action: string) =>
  `/api/contacts/${encodeURIComponent(state.detail!.contact.id)}/${action}`;

export function contactPanel(): HTMLElement {
  els.facts = h('dl', { class: 'facts' });
  els.labels = h('ul', { class: 'chips', 'aria-label': t('convLabels') });
  els.contactLabels = h('ul', { class: 'chips', 'aria-label': t('contactLabels') });
  els.notes = h('ul', { class: 'notes' });
  els.csat = h('p', { class: 'muted' });
  els.rename = fieldForm('contact-name', t('name'), t('rename'), (name) =>
    call('POST', contactPath('name'), { name }),
  );
  els.panel = h(
    'aside',
    { class: 'panel', 'aria-label': t('contact'), hidden: true },
    h('h2', {}, t('contact')),
    els.rename,
    els.facts,
    h('h3', {}, t('convLabels')),
    els.labels,
    fieldForm('new-label', t('newLabel'), t('addLabel'), (label) =>
      call('POST', conversationPath(state.detail!.id, 'labels'), { label }),
    ),
    h('h3', {}, t('contactLabels')),
    els.contactLabels,
    fieldForm('new-contact-label', t('newLabel'), t('addLabel'), (label) =>
      call('POST', contactPath('labels'), { label }),
    ),
    h('h3', {}, t('notes')),
    els.notes,
    fieldForm(
      'new-note',
      t('newNote'),
      t('addNote'),
      (text) => call('POST', contactPath('notes'), { text }),
      true,
    ),
    els.csat,
  );
  return els.panel;
}

function chips(labels: string[], remove: (label: string) => Promise<unknown>): HTMLElement[] {
  return labels.map((label) =>
    h(
      'li',
      {},
      label,
      button('×', () => void attempt(() => remove(label)), {
        'aria-label': `${t('removeLabel')} ${label}`,
      }),
    ),
  );
}

export function renderPanel(d: typeof state.detail, changed: boolean): void {
  if (!els.panel) return;
  els.panel.hidden = d === undefined;
  if (!d) return;
  const name = els.rename!.querySelector('input')!;
  // Never overwrite what the operator is typing.
  if (changed || document.activeElement !== name) name.value = d.contact.name ?? '';
  const facts: Array<[string, string | undefined]> = [
    [t('email'), d.contact.email],
    [t('phone'), d.contact.phone],
    [t('address'), d.contactAddress],
  ];
  els.facts!.replaceChildren(
    ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
  els.labels!.replaceChildren(
    ...chips(d.labels, (l) =>
      call('DELETE', conversationPath(d.id, `labels/${encodeURIComponent(l)}`)),
    ),
  );
  els.contactLabels!.replaceChildren(
    ...chips(d.contact.labels, (l) =>
      call('DELETE', contactPath(`labels/${encodeURIComponent(l)}`)),
    ),
  );
  els.notes!.replaceChildren(
    ...d.contact.notes.map((n) =>
      h(
        'li',
        {},
        n.text,
        h('small', {}, `${n.author ?? ''} · ${new Date(n.createdAt).toLocaleString()}`),
      ),
    ),
  );
  els.csat!.textContent = d.csat
    ? `${t('rated', { score: d.csat.score })} ("${d.csat.answer}")`
    : d.status === 'solved'
      ? t('surveySent')
      : '';
}
