import { CLIP_ICON, h, SMILE_ICON, svgIcon } from './dom.js';
import type { Texts } from './i18n.js';

// A small set the picker offers; phones add their own keyboard's emoji as text anyway.
const EMOJI =
  '😀 😂 😊 😍 🤔 😢 😮 😅 👍 👎 👏 🙏 🙌 👋 💪 ❤️ 🎉 ✅ ❌ ⭐ 🔥 📦 🛒 💳 📷 📄 ⏰ 📍'.split(' ');

/**
 * The composer's extra buttons: an emoji picker (inserts at the caret) and a paperclip
 * that opens the file chooser, limited to the types the server accepts.
 */
export function composerTools(
  texts: Texts,
  input: HTMLTextAreaElement,
  onFile: (file: File) => void,
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
    // Built on first open: the page pays for the buttons only when someone wants them.
    if (!grid.firstChild) {
      for (const emoji of EMOJI) {
        const b = h('button', { type: 'button' }, emoji);
        b.addEventListener('click', () => {
          const at = input.selectionStart ?? input.value.length;
          input.setRangeText(emoji, at, input.selectionEnd ?? at, 'end');
          input.dispatchEvent(new Event('input'));
          show(false);
          input.focus();
        });
        grid.append(b);
      }
    }
    show(grid.hidden);
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
