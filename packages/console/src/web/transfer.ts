import { call, conversationPath } from './api.js';
import { button, h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';
import { attempt } from './toast.js';

/** A dialog to move the conversation to an operator (with presence and load) or a team. */
export function transferDialog(): void {
  const me = state.me!;
  const id = state.detail?.id;
  if (!id) return;
  const seen = new Set<string>();
  const options: HTMLOptionElement[] = [];
  for (const team of me.teams) {
    options.push(
      h('option', { value: `team:${team.id}` }, `${t('team')}: ${team.name ?? team.id}`),
    );
    for (const o of team.operators) {
      if (o.id === me.operator.id || seen.has(o.id)) continue;
      seen.add(o.id);
      options.push(
        h(
          'option',
          { value: `operator:${o.id}` },
          `${o.name ?? o.id} (${t(o.presence)}, ${t('workload')} ${o.workload})`,
        ),
      );
    }
  }
  const choice = h('select', { id: 'transfer-target', 'aria-label': t('transferTo') }, ...options);
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title' }, t('transferTo')),
    choice,
    h(
      'div',
      { class: 'row' },
      button(t('cancel'), () => dialog.close()),
      button(
        t('transfer'),
        () => {
          const [kind, target] = choice.value.split(/:(.*)/s) as [string, string];
          void attempt(() =>
            call(
              'POST',
              conversationPath(id, 'transfer'),
              kind === 'team' ? { teamId: target } : { operatorId: target },
            ),
          ).then((ok) => ok && dialog.close());
        },
        { class: 'primary', id: 'transfer-go' },
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  choice.focus();
}
