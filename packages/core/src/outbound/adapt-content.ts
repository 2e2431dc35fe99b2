import type { ChannelCapabilities } from '../channel/adapter.js';
import { ParleyError } from '../errors.js';
import type { MessageContent } from '../model/content.js';
import { splitText } from './split-text.js';

/** Numbered-text form of a menu, for channels without native menus (RT2 fallback). */
export function menuAsText(content: Extract<MessageContent, { type: 'menu' }>): string {
  const lines = content.options.map((o, i) => `${i + 1}. ${o.title}`);
  return `${content.text}\n\n${lines.join('\n')}`;
}

/**
 * Fits one piece of content to what the channel can render: menus become numbered
 * text where native menus are missing or too small, long text is split, media the
 * channel cannot send becomes its caption and link.
 */
export function adaptContent(content: MessageContent, caps: ChannelCapabilities): MessageContent[] {
  switch (content.type) {
    case 'text':
      return splitText(content.text, caps.maxTextLength).map((text) => ({ type: 'text', text }));
    case 'menu': {
      const native = caps.menus !== 'none' && content.options.length <= caps.maxMenuOptions;
      if (native) return [content];
      return adaptContent({ type: 'text', text: menuAsText(content) }, caps);
    }
    case 'media': {
      if (caps.media.includes(content.kind)) return [content];
      if (!content.url) {
        throw new ParleyError(
          'INPUT_INVALID',
          `This channel cannot send ${content.kind} media; give the media a \`url\` so it can be sent as a link.`,
        );
      }
      const text = [content.caption, content.url].filter(Boolean).join('\n');
      return adaptContent({ type: 'text', text }, caps);
    }
    default:
      return [content];
  }
}
