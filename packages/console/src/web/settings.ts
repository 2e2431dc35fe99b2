import { call } from './api.js';
import { button, h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';
import { attempt, showMessage } from './toast.js';

/** Settings (admins): who is in which team and their presence, and the canned replies. */
export function settingsView(): HTMLElement {
  const me = state.me!;
  const teams = h(
    'table',
    { class: 'report-table' },
    h('caption', {}, t('teams')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('team'), t('operator'), t('status'), t('workload')].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...me.teams.flatMap((team) =>
        team.operators.map((o) =>
          h(
            'tr',
            {},
            h('td', {}, team.name ?? team.id),
            h('td', {}, o.name ?? o.id),
            h('td', {}, t(o.presence)),
            h('td', {}, String(o.workload)),
          ),
        ),
      ),
    ),
  );
  const list = h('ul', { class: 'canned-edit' });
  const draft = [...me.canned];
  const draw = () =>
    list.replaceChildren(
      ...draft.map((c, i) =>
        h(
          'li',
          {},
          h('b', {}, `/${c.shortcut}`),
          ` ${c.text} `,
          button(
            t('remove'),
            () => {
              draft.splice(i, 1);
              draw();
            },
            { 'aria-label': `${t('remove')} /${c.shortcut}` },
          ),
        ),
      ),
    );
  draw();
  const shortcut = h('input', {
    id: 'canned-shortcut',
    'aria-label': t('shortcut'),
    placeholder: 'hours',
    maxlength: '32',
  });
  const text = h('textarea', {
    id: 'canned-text',
    'aria-label': t('text'),
    rows: '2',
    maxlength: '4000',
  });
  const add = h(
    'form',
    { class: 'row' },
    shortcut,
    text,
    h('button', { type: 'submit' }, t('add')),
  );
  add.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!shortcut.value.trim() || !text.value.trim()) return;
    draft.push({ shortcut: shortcut.value.trim().replace(/^\//, ''), text: text.value.trim() });
    shortcut.value = '';
    text.value = '';
    draw();
  });
  const save = button(
    t('save'),
    () =>
      void attempt(async () => {
        const { replies } = await call<{ replies: typeof draft }>('PUT', '/api/canned', {
          replies: draft,
        });
        me.canned = replies;
        showMessage(t('saved'));
      }),
    { class: 'primary' },
  );
  return h(
    'section',
    { class: 'settings', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title' }, t('settings')),
    teams,
    h('h2', {}, t('canned')),
    list,
    add,
    save,
  );
}
