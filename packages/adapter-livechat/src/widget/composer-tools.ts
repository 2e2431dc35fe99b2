import { CLIP_ICON, h, SMILE_ICON, svgIcon } from './dom.js';
import type { Extras } from './extras.js';
import type { Texts } from './i18n.js';

/**
 * The composer's extra buttons: an emoji picker (inserts at the caret; its grid is in the
 * `extras` part) and a paperclip
 * that opens the file chooser, limited to the types the server accepts.
 */
export function composerTools(
  texts: Texts,
  input: HTMLTextAreaElement,
  onFile: (file: File) => void,
  extras: () => Promise<Extras>,
): { nodes: HTMLElement[]; setUpload(types: string[] | undefined): void } {
  const grid = h('div', { class: 'emoji', role: 'group', 'aria-label': texts.emoji, hidden: true });
  const toggle = h('button', {
    type: 'button',
    class: 'tool',
    'aria-label': texts.emoji,
    'aria-expanded': 'false',
  });
  toggle.append(svgIcon(SMILE_ICON).svg);
  const show = (open: boolean) => {
    grid.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => {
    // The grid comes with the `extras` part, loaded on the first open.
    void extras().then(
      (x) => {
        if (!grid.firstChild) x.fillEmoji(grid, input, () => show(false));
        show(grid.hidden);
      },
      () => {},
    );
  });
  grid.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      show(false);
      toggle.focus();
    }
  });

  const picker = h('input', { type: 'file', hidden: true, tabindex: '-1', 'aria-hidden': 'true' });
  const attach = h('button', {
    type: 'button',
    class: 'tool',
    'aria-label': texts.attach,
    hidden: true,
  });
  attach.append(svgIcon(CLIP_ICON).svg);
  attach.addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) onFile(file);
  });
  return {
    nodes: [grid, toggle, attach, picker],
    setUpload(types) {
      attach.hidden = !types;
      if (types) picker.accept = types.join(',');
    },
  };
}
