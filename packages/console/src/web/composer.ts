import { h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';

/** A paperclip icon (SVG, so it shows where no emoji font is installed). */
function clip(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute(
    'd',
    'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z',
  );
  svg.append(path);
  return svg;
}

/**
 * The reply box. Typing `/` at the start opens the canned replies whose shortcut
 * matches; ↑/↓ pick, Enter or Tab inserts, Escape closes. Enter alone sends.
 */
export function composer(
  send: (text: string) => Promise<boolean>,
  sendFile: (file: File) => Promise<unknown>,
  typing: () => void = () => {},
): HTMLFormElement {
  const box = h('textarea', {
    id: 'reply',
    rows: '2',
    'aria-label': t('reply'),
    placeholder: t('replyHint'),
    'aria-autocomplete': 'list',
    'aria-controls': 'canned-list',
  });
  const list = h('ul', {
    id: 'canned-list',
    class: 'canned',
    role: 'listbox',
    'aria-label': t('canned'),
    hidden: true,
  });
  let matches: Array<{ shortcut: string; text: string }> = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    matches = [];
    box.removeAttribute('aria-activedescendant');
  };
  const draw = () => {
    list.replaceChildren(
      ...matches.map((c, i) => {
        const li = h(
          'li',
          { id: `canned-${i}`, role: 'option', 'aria-selected': String(i === active) },
          h('b', {}, `/${c.shortcut}`),
          ` ${c.text}`,
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          insert(i);
        });
        return li;
      }),
    );
    list.hidden = matches.length === 0;
    if (matches.length > 0) box.setAttribute('aria-activedescendant', `canned-${active}`);
  };
  const insert = (i: number) => {
    const chosen = matches[i];
    if (chosen) box.value = chosen.text;
    close();
    box.focus();
  };

  box.addEventListener('input', () => {
    typing();
    const m = /^\/([\p{L}\p{N}_-]*)$/u.exec(box.value);
    if (!m) return close();
    const prefix = m[1]!.toLowerCase();
    matches = (state.me?.canned ?? [])
      .filter((c) => c.shortcut.toLowerCase().startsWith(prefix))
      .slice(0, 8);
    active = 0;
    draw();
  });
  // Images and PDFs; the server checks the bytes and the size again.
  const picker = h('input', {
    type: 'file',
    accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf',
    hidden: true,
  });
  const attach = h('button', {
    type: 'button',
    class: 'attach',
    'aria-label': t('attach'),
    title: t('attach'),
  });
  attach.append(clip());
  attach.addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void sendFile(file);
  });
  const form = h(
    'form',
    { class: 'reply' },
    list,
    attach,
    picker,
    box,
    h('button', { type: 'submit' }, t('send')),
  );
  box.addEventListener('keydown', (e) => {
    if (!list.hidden) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
        return draw();
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        return insert(active);
      }
      if (e.key === 'Escape') return close();
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = box.value.trim();
    if (!text) return;
    void send(text).then((sent) => {
      if (sent) box.value = '';
    });
  });
  return form;
}
