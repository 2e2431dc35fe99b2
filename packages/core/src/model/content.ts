import { z } from 'zod';

/** The kinds of media a message can carry. */
export const mediaKinds = ['image', 'audio', 'video', 'document', 'sticker'] as const;
export type MediaKind = (typeof mediaKinds)[number];

const text = z.object({ type: z.literal('text'), text: z.string().min(1) });

const media = z
  .object({
    type: z.literal('media'),
    kind: z.enum(mediaKinds),
    /** Where the bytes can be fetched (an https URL or a channel-specific locator). */
    url: z.string().min(1).optional(),
    /** The bytes themselves, for channels that upload (WhatsApp via Baileys). */
    data: z.instanceof(Uint8Array).optional(),
    mimeType: z.string().optional(),
    fileName: z.string().optional(),
    caption: z.string().optional(),
  })
  .refine((m) => m.url !== undefined || m.data !== undefined, {
    message: 'media needs `url` or `data`',
  });

/** A menu option: `id` is what a native reply carries back, `title` what people read. */
export const menuOptionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
});
export type MenuOption = z.infer<typeof menuOptionSchema>;

/** An outbound question with options: native buttons/lists where the channel can. */
const menu = z.object({
  type: z.literal('menu'),
  text: z.string().min(1),
  options: z.array(menuOptionSchema).min(1).max(20),
  /** Label of the button that opens a list (WhatsApp list messages). */
  buttonLabel: z.string().optional(),
});

/** The customer picked a menu option natively (button, list row, quick reply). */
const choice = z.object({
  type: z.literal('choice'),
  optionId: z.string().min(1),
  title: z.string().optional(),
});

const location = z.object({
  type: z.literal('location'),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  name: z.string().optional(),
  address: z.string().optional(),
});

const reaction = z.object({
  type: z.literal('reaction'),
  emoji: z.string(),
  /** External id of the message reacted to; empty emoji removes the reaction. */
  targetExternalId: z.string().min(1),
});

/** A public comment on a post (Instagram), kept apart from direct messages. */
const comment = z.object({
  type: z.literal('comment'),
  text: z.string(),
  postId: z.string().min(1),
  commentId: z.string().min(1),
});

const contacts = z.object({
  type: z.literal('contacts'),
  contacts: z.array(z.object({ name: z.string(), phones: z.array(z.string()).default([]) })).min(1),
});

/**
 * A pre-approved message template (WhatsApp Cloud API): the only content allowed
 * outside the 24-hour reply window. Channels without templates refuse it.
 */
const template = z.object({
  type: z.literal('template'),
  name: z.string().min(1),
  /** Language code the template was approved in (`pt_BR`, `en_US`). */
  language: z.string().min(2),
  /** Values for the template's placeholders, in order. */
  variables: z.array(z.string()).optional(),
  /** Raw platform components (header media, buttons) when variables are not enough. */
  components: z.array(z.record(z.string(), z.unknown())).optional(),
});

/** Something the channel delivered that Parley does not model; `description` says what. */
const unsupported = z.object({
  type: z.literal('unsupported'),
  description: z.string(),
});

export const messageContentSchema = z.discriminatedUnion('type', [
  text,
  media,
  menu,
  choice,
  location,
  reaction,
  comment,
  contacts,
  template,
  unsupported,
]);

export type MessageContent = z.infer<typeof messageContentSchema>;
export type TextContent = Extract<MessageContent, { type: 'text' }>;
export type MediaContent = Extract<MessageContent, { type: 'media' }>;
export type MenuContent = Extract<MessageContent, { type: 'menu' }>;
export type TemplateContent = Extract<MessageContent, { type: 'template' }>;

/** Plain text of any content, for snippets, search and assistants. */
export function contentText(content: MessageContent): string {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'media':
      return content.caption ?? `[${content.kind}]`;
    case 'menu':
      return [content.text, ...content.options.map((o, i) => `${i + 1}. ${o.title}`)].join('\n');
    case 'choice':
      return content.title ?? content.optionId;
    case 'location':
      return (
        content.name ?? content.address ?? `[location ${content.latitude},${content.longitude}]`
      );
    case 'reaction':
      return content.emoji;
    case 'comment':
      return content.text;
    case 'contacts':
      return content.contacts.map((c) => c.name).join(', ');
    case 'template':
      return `[template ${content.name}${content.variables?.length ? `: ${content.variables.join(', ')}` : ''}]`;
    case 'unsupported':
      return `[${content.description}]`;
  }
}

/**
 * The file types people attach in chats (images and PDF), as recognised by their bytes:
 * what the live-chat widget accepts from visitors and the console from operators.
 */
export const CHAT_ATTACHMENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
] as const;
