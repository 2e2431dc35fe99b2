import type { Message, MessageAuthor, MessageContent } from '@parley/core';
import { contentText, ParleyError } from '@parley/core';
import type { WireAuthor, WireContent, WireMessage } from '../protocol.js';

/** Separates the visitor's address from the client message id in inbound external ids. */
export const EXTERNAL_ID_SEPARATOR = '#';

/**
 * The file id under which the bytes of an outbound media message (an operator's upload)
 * are kept for the widget: derived from the message id, so history finds them again.
 */
export const outboundFileId = (messageId: string) => `o-${messageId}`;

/** Content as the widget renders it; what it cannot render travels as text. */
export function toWire(content: MessageContent, messageId?: string): WireContent {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: content.text };
    case 'menu':
      return {
        type: 'menu',
        text: content.text,
        options: content.options.map((o) => ({
          id: o.id,
          title: o.title,
          ...(o.description !== undefined && { description: o.description }),
        })),
      };
    case 'media': {
      if (content.url === undefined && content.data !== undefined && messageId !== undefined) {
        return toWire({ ...content, url: `livechat-file:${outboundFileId(messageId)}` });
      }
      if (content.url === undefined) {
        throw new ParleyError(
          'INPUT_INVALID',
          'Live chat sends media by URL: give the media a `url` the visitor’s browser can load.',
        );
      }
      const { type, kind, url, mimeType, fileName, caption } = content;
      return {
        type,
        kind: kind === 'sticker' ? 'image' : kind,
        url,
        ...(mimeType !== undefined && { mimeType }),
        ...(fileName !== undefined && { fileName }),
        ...(caption !== undefined && { caption }),
      };
    }
    case 'choice':
      return {
        type: 'choice',
        optionId: content.optionId,
        ...(content.title !== undefined && { title: content.title }),
      };
    default:
      return { type: 'text', text: contentText(content) || `[${content.type}]` };
  }
}

/**
 * Who the visitor sees speaking: operators and assistants (with their display name when
 * the desk has one). Ids stay on the server; system messages carry no author.
 */
export function wireAuthor(
  author: MessageAuthor,
  name: string | undefined,
): WireAuthor | undefined {
  if (author.kind !== 'operator' && author.kind !== 'assistant') return undefined;
  return { kind: author.kind, ...(name !== undefined && { name }) };
}

/** The widget's id of a stored message: the client id (inbound) or Parley's id (outbound). */
export function wireId(message: Message, address: string): string {
  if (message.direction === 'outbound') return message.externalId ?? message.id;
  const prefix = `${address}${EXTERNAL_ID_SEPARATOR}`;
  const external = message.externalId ?? message.id;
  return external.startsWith(prefix) ? external.slice(prefix.length) : external;
}

/**
 * A message of the desk's store as history for the widget, or undefined for what the
 * visitor never saw (failed, suppressed or ignored messages).
 */
export function storedToWire(
  message: Message,
  address: string,
  authorName: string | undefined,
): WireMessage | undefined {
  const shown = message.direction === 'inbound' ? 'received' : 'sent';
  if (message.status !== shown) return undefined;
  let content: WireContent;
  try {
    content = toWire(message.content, message.id);
  } catch {
    content = { type: 'text', text: contentText(message.content) || `[${message.content.type}]` };
  }
  const author = wireAuthor(message.author, authorName);
  return {
    id: wireId(message, address),
    dir: message.direction === 'inbound' ? 'in' : 'out',
    content,
    at: message.createdAt.getTime(),
    ...(author && { author }),
  };
}

/** The key an author's display name is remembered under, for those the widget labels. */
export function authorKey(author: MessageAuthor): string | undefined {
  return author.kind === 'operator' || author.kind === 'assistant'
    ? `${author.kind}:${author.id}`
    : undefined;
}
