import { h } from './dom.js';

// A small set the picker offers; phones add their own keyboard's emoji as text anyway.
const EMOJI =
  '😀 😂 😊 😍 🤔 😢 😮 😅 👍 👎 👏 🙏 🙌 👋 💪 ❤️ 🎉 ✅ ❌ ⭐ 🔥 📦 🛒 💳 📷 📄 ⏰ 📍'.split(' ');

/** Fills the picker's grid: each button inserts its emoji at the caret, then `done()`. */
export function fillEmoji(grid: HTMLElement, input: HTMLTextAreaElement, done: () => void): void {
  for (const emoji of EMOJI) {
    const b = h('button', { type: 'button' }, emoji);
    b.addEventListener('click', () => {
      const at = input.selectionStart ?? input.value.length;
      input.setRangeText(emoji, at, input.selectionEnd ?? at, 'end');
      input.dispatchEvent(new Event('input'));
      done();
      input.focus();
    });
    grid.append(b);
  }
}
