import { h, icon } from './dom.js';
import type { Texts } from './i18n.js';

// What the first script draws: the bubble with its unread badge, in a shadow root. The
// panel (view.ts) comes with the `panel` part when the visitor first reaches for it.
const css = `
:host{all:initial}
*{box-sizing:border-box}
.root{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;flex-direction:column;align-items:flex-end;gap:12px;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;text-align:left;letter-spacing:normal;text-transform:none}
button,textarea{font:inherit;color:inherit}
.bubble{position:relative;width:56px;height:56px;border-radius:50%;border:0;background:var(--plc-accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:grid;place-items:center}
.bubble svg{width:26px;height:26px;fill:currentColor}
.badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#d1242f;color:#fff;font-size:12px;line-height:20px;text-align:center}
[hidden]{display:none!important}
:focus-visible{outline:3px solid var(--plc-accent);outline-offset:2px}
@media (max-width:480px){.root{right:12px;bottom:12px}.root.open{inset:0}.open .bubble{display:none}}
`;

export function createLauncher(texts: Texts, accent: string) {
  const host = document.createElement('parley-livechat');
  // Inline !important beats any page rule aimed at the host element itself.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const badge = h('span', { class: 'badge', hidden: true });
  const bubble = h('button', {
    class: 'bubble',
    type: 'button',
    'aria-label': texts.open,
    'aria-expanded': 'false',
    'aria-controls': 'plc-panel',
  });
  const glyph = icon();
  bubble.append(glyph.svg, badge);
  const root = h('div', { class: 'root' }, bubble);
  root.style.setProperty('--plc-accent', accent);
  // A constructed sheet passes a strict CSP (no 'unsafe-inline'); <style> is the fallback.
  const addStyles = (text: string) => {
    if (
      'adoptedStyleSheets' in shadow &&
      typeof CSSStyleSheet.prototype.replaceSync === 'function'
    ) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } else {
      shadow.prepend(h('style', {}, text));
    }
  };
  addStyles(css);
  shadow.append(root);
  let unread = 0;
  let open = false;
  const label = () =>
    bubble.setAttribute(
      'aria-label',
      open ? texts.close : unread ? `${texts.open} (${unread} ${texts.unread})` : texts.open,
    );
  return {
    host,
    shadow,
    root,
    bubble,
    addStyles,
    isOpen: () => open,
    /** The panel opened or closed: the icon, the labels, and the unread count goes. */
    setOpen(next: boolean) {
      open = next;
      if (open) unread = 0;
      badge.hidden = !unread;
      root.classList.toggle('open', open);
      glyph.set(open);
      bubble.setAttribute('aria-expanded', String(open));
      label();
    },
    /** A business message arrived while the panel is closed. */
    bump() {
      unread++;
      badge.textContent = String(unread);
      badge.hidden = false;
      label();
    },
  };
}

export type Launcher = ReturnType<typeof createLauncher>;
