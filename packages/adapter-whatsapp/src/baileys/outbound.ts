import {
  type MediaContent,
  type MenuContent,
  type MessageContent,
  ParleyError,
} from '@parley/core';
import { menuAsText } from '@parley/core/internal';
import type { AnyMessageContent, proto, WAMessageKey } from '@whiskeysockets/baileys';
import { cannotSend, placeDetails } from '../outbound-content.js';
import { buildVcard } from '../vcard.js';

/** How one piece of content goes out: through `sendMessage`, or relayed as a raw proto (native menus). */
export type BaileysOutbound =
  | { kind: 'message'; content: AnyMessageContent }
  | { kind: 'relay'; message: proto.IMessage };

export interface OutboundContext {
  nativeMenus: boolean;
  /** The key of a message to react to (its chat and whether this number sent it). */
  keyOf(externalId: string): WAMessageKey;
}

/** Translates Parley content into what Baileys sends. */
export function toBaileysOutbound(content: MessageContent, ctx: OutboundContext): BaileysOutbound {
  switch (content.type) {
    case 'text':
      return { kind: 'message', content: { text: content.text } };
    case 'media':
      return { kind: 'message', content: mediaContent(content) };
    case 'menu':
      return ctx.nativeMenus
        ? { kind: 'relay', message: nativeMenu(content) }
        : { kind: 'message', content: { text: menuAsText(content) } };
    case 'choice':
      return { kind: 'message', content: { text: content.title ?? content.optionId } };
    case 'location':
      return {
        kind: 'message',
        content: {
          location: {
            degreesLatitude: content.latitude,
            degreesLongitude: content.longitude,
            ...placeDetails(content),
          },
        },
      };
    case 'reaction':
      return {
        kind: 'message',
        content: { react: { text: content.emoji, key: ctx.keyOf(content.targetExternalId) } },
      };
    case 'contacts':
      return {
        kind: 'message',
        content: {
          contacts: {
            displayName: content.contacts.map((c) => c.name).join(', '),
            contacts: content.contacts.map((c) => ({ displayName: c.name, vcard: buildVcard(c) })),
          },
        },
      };
    case 'template':
      throw templatesRefused();
    case 'comment':
    case 'unsupported':
      throw cannotSend(content.type);
  }
}

function mediaContent(media: MediaContent): AnyMessageContent {
  // Never `{ url }`: Baileys opens a non-http "URL" as a local file and follows
  // redirects (P-08). The engine downloads links safely and hands over bytes.
  if (media.data === undefined) {
    throw new ParleyError(
      'INPUT_INVALID',
      'Baileys sends media from bytes only: send it through desk.send() (which downloads https links safely) or give `data`.',
    );
  }
  const upload = Buffer.from(media.data);
  const caption = media.caption !== undefined ? { caption: media.caption } : {};
  const mimetype = media.mimeType !== undefined ? { mimetype: media.mimeType } : {};
  switch (media.kind) {
    case 'image':
      return { image: upload, ...caption, ...mimetype };
    case 'video':
      return { video: upload, ...caption, ...mimetype };
    case 'audio':
      return { audio: upload, ...mimetype };
    case 'sticker':
      return { sticker: upload, ...mimetype };
    case 'document':
      return {
        document: upload,
        mimetype: media.mimeType ?? 'application/octet-stream',
        ...(media.fileName !== undefined && { fileName: media.fileName }),
        ...caption,
      };
  }
}

/**
 * A native menu as WhatsApp's "native flow" interactive message: quick-reply buttons
 * for up to three options, a single-select list above that. Not every client renders
 * these for a linked-device sender, hence `menus: 'text'` by default.
 */
function nativeMenu(menu: MenuContent): proto.IMessage {
  const buttons =
    menu.options.length <= 3
      ? menu.options.map((o) => ({
          name: 'quick_reply',
          buttonParamsJson: JSON.stringify({ display_text: o.title, id: o.id }),
        }))
      : [
          {
            name: 'single_select',
            buttonParamsJson: JSON.stringify({
              title: menu.buttonLabel ?? 'Options',
              sections: [
                {
                  title: menu.buttonLabel ?? 'Options',
                  rows: menu.options.map((o) => ({
                    id: o.id,
                    title: o.title,
                    ...(o.description !== undefined && { description: o.description }),
                  })),
                },
              ],
            }),
          },
        ];
  return {
    viewOnceMessage: {
      message: {
        messageContextInfo: { deviceListMetadataVersion: 2, deviceListMetadata: {} },
        interactiveMessage: {
          body: { text: menu.text },
          nativeFlowMessage: { buttons, messageVersion: 1 },
        },
      },
    },
  };
}

/**
 * Rebuilds the proto of a message from its stored content, for Baileys' `getMessage`
 * (a recipient's retry) and for quoting. Media cannot be rebuilt (its keys are gone);
 * those come from the sent-message cache instead.
 */
export function protoFromContent(content: MessageContent): proto.IMessage | undefined {
  switch (content.type) {
    case 'text':
    case 'comment':
      return { conversation: content.text };
    case 'menu':
      return { conversation: menuAsText(content) };
    case 'choice':
      return { conversation: content.title ?? content.optionId };
    case 'location':
      return {
        locationMessage: {
          degreesLatitude: content.latitude,
          degreesLongitude: content.longitude,
          ...placeDetails(content),
        },
      };
    case 'contacts':
      return {
        contactsArrayMessage: {
          contacts: content.contacts.map((c) => ({ displayName: c.name, vcard: buildVcard(c) })),
        },
      };
    default:
      return undefined;
  }
}

/** Baileys numbers have no templates, and need none: they may write at any time. */
export function templatesRefused(): ParleyError {
  return new ParleyError(
    'INPUT_INVALID',
    'Message templates are a WhatsApp Cloud API feature; a number linked by QR code (Baileys) may send text, media or menus at any time instead.',
  );
}
