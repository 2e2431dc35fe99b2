import type { ServerFrame } from '../protocol.js';
import { h } from './dom.js';
import type { Texts } from './i18n.js';

type DraftFrame = Extract<ServerFrame, { type: 'draft' }>;

/**
 * Replies the model is still writing, shown as they grow. Never kept: the finished
 * reply arrives as a message and every draft goes (`clear`), or `done` removes one.
 */
export function drafts(log: HTMLElement, texts: Texts) {
  const open = new Map<string, { row: HTMLElement; body: HTMLElement; text: string }>();
  return {
    apply(frame: DraftFrame) {
      let d = open.get(frame.id);
      if (frame.done) {
        d?.row.remove();
        open.delete(frame.id);
        return;
      }
      if (!d) {
        const body = h('p');
        const row = h('div', { class: 'msg out draft', 'aria-busy': 'true' }, body);
        if (frame.author) {
          const ai = frame.author.kind === 'assistant';
          const who = h(
            'span',
            { class: 'who' },
            frame.author.name ?? (ai ? texts.assistant : texts.operator),
          );
          if (ai) who.append(h('span', { class: 'tag' }, texts.ai));
          row.prepend(who);
        }
        d = { row, body, text: '' };
        open.set(frame.id, d);
        log.append(row);
      }
      d.text = d.text.slice(0, frame.from) + frame.text;
      d.body.textContent = d.text;
      log.scrollTop = log.scrollHeight;
    },
    clear() {
      for (const d of open.values()) d.row.remove();
      open.clear();
    },
  };
}
