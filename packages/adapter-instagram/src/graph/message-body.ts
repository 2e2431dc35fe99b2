import { contentText, type MessageContent, ParleyError } from '@parley/core';
import { menuAsText } from '@parley/core/internal';

/** Instagram quick replies: at most 13, titles of at most 20 characters. */
export const MAX_QUICK_REPLIES = 13;
const MAX_QUICK_REPLY_TITLE = 20;

/** The `message` objects of Send API calls that deliver `content`, in order. */
export function messageBodies(content: MessageContent): Array<Record<string, unknown>> {
  switch (content.type) {
    case 'text':
      return [{ text: content.text }];
    case 'menu': {
      const fits =
        content.options.length <= MAX_QUICK_REPLIES &&
        content.options.every((o) => o.title.length <= MAX_QUICK_REPLY_TITLE);
      // Instagram cuts longer titles; numbered text keeps every word readable (RT2).
      if (!fits) return [{ text: menuAsText(content) }];
      return [
        {
          text: content.text,
          quick_replies: content.options.map((o) => ({
            content_type: 'text',
            title: o.title,
            payload: o.id,
          })),
        },
      ];
    }
    case 'media': {
      if (!content.url) {
        throw new ParleyError(
          'INPUT_INVALID',
          'Instagram sends media by URL: give the media a public https `url` instead of `data`.',
        );
      }
      const type = content.kind === 'image' || content.kind === 'sticker' ? 'image' : content.kind;
      if (type !== 'image' && type !== 'video' && type !== 'audio') {
        throw new ParleyError(
          'INPUT_INVALID',
          `Instagram cannot send ${content.kind} attachments; send a link in a text message instead.`,
        );
      }
      const bodies: Array<Record<string, unknown>> = [
        { attachment: { type, payload: { url: content.url } } },
      ];
      // Attachments carry no caption on Instagram: the caption follows as text.
      if (content.caption) bodies.push({ text: content.caption });
      return bodies;
    }
    case 'location':
    case 'contacts':
      return [{ text: contentText(content) }];
    default:
      throw new ParleyError(
        'INPUT_INVALID',
        `Instagram cannot send "${content.type}" content; send text, media or a menu.`,
      );
  }
}
