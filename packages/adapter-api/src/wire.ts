import { contentText, type Message, type MessageContent } from '@parley/core';

/** Content as JSON: media bytes (rare: most media travel as URLs) become base64. */
export function contentToJson(content: MessageContent): Record<string, unknown> {
  if (content.type === 'media' && content.data !== undefined) {
    return { ...content, data: Buffer.from(content.data).toString('base64') };
  }
  return { ...content };
}

/** A stored message as the polling API shows it. */
export function messageToJson(message: Message): Record<string, unknown> {
  return {
    id: message.id,
    ...(message.externalId !== undefined && { externalId: message.externalId }),
    conversationId: message.conversationId,
    direction: message.direction,
    author: message.author,
    status: message.status,
    content: contentToJson(message.content),
    text: contentText(message.content),
    ...(message.replyToExternalId !== undefined && { replyTo: message.replyToExternalId }),
    createdAt: message.createdAt.toISOString(),
  };
}
