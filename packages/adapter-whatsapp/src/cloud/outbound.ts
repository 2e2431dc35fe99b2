import {
  type MediaContent,
  type MenuContent,
  type MessageContent,
  ParleyError,
} from '@parley/core';
import { menuAsText } from '@parley/core/internal';
import { decodeMediaLocator } from '../media-locator.js';
import { cannotSend, placeDetails } from '../outbound-content.js';
import { digitsOf } from '../phone.js';
import { graphTemplate } from '../template.js';

export interface GraphPayloadDeps {
  nativeMenus: boolean;
  /** Uploads media bytes; returns the media id. */
  upload(media: MediaContent & { data: Uint8Array }): Promise<string>;
}

/** Meta's limits on interactive messages; longer text is cut with an ellipsis. */
const limits = { body: 1024, button: 20, rowTitle: 24, rowDescription: 72, listButton: 20 };

const cut = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The `type`-specific part of a Graph API message for one piece of Parley content. */
export async function toGraphPayload(
  content: MessageContent,
  deps: GraphPayloadDeps,
): Promise<Record<string, unknown>> {
  switch (content.type) {
    case 'text':
      return {
        type: 'text',
        text: { body: content.text, preview_url: /https?:\/\//.test(content.text) },
      };
    case 'media':
      return mediaPayload(content, deps);
    case 'menu':
      return deps.nativeMenus && content.options.length <= 10
        ? interactive(content)
        : { type: 'text', text: { body: menuAsText(content), preview_url: false } };
    case 'choice':
      return {
        type: 'text',
        text: { body: content.title ?? content.optionId, preview_url: false },
      };
    case 'location':
      return {
        type: 'location',
        location: {
          latitude: content.latitude,
          longitude: content.longitude,
          ...placeDetails(content),
        },
      };
    case 'reaction':
      return {
        type: 'reaction',
        reaction: { message_id: content.targetExternalId, emoji: content.emoji },
      };
    case 'contacts':
      return {
        type: 'contacts',
        contacts: content.contacts.map((c) => ({
          name: { formatted_name: c.name, first_name: c.name },
          phones: c.phones.map((phone) => ({
            phone,
            type: 'CELL',
            ...(/^\+\d+$/.test(phone) && { wa_id: digitsOf(phone) }),
          })),
        })),
      };
    case 'template':
      return { type: 'template', template: graphTemplate(content) };
    case 'comment':
    case 'unsupported':
      throw cannotSend(content.type);
  }
}

async function mediaPayload(
  media: MediaContent,
  deps: GraphPayloadDeps,
): Promise<Record<string, unknown>> {
  let source: Record<string, string>;
  if (media.data !== undefined) {
    source = { id: await deps.upload({ ...media, data: media.data }) };
  } else {
    const locator = decodeMediaLocator(media.url!);
    if (locator?.transport === 'baileys') {
      throw new ParleyError(
        'INPUT_INVALID',
        'This media came from a Baileys channel; download it and send its bytes as `data`.',
      );
    }
    source = locator ? { id: locator.mediaId } : { link: media.url! };
  }
  const captioned = media.kind === 'image' || media.kind === 'video' || media.kind === 'document';
  return {
    type: media.kind,
    [media.kind]: {
      ...source,
      ...(captioned && media.caption !== undefined && { caption: media.caption }),
      ...(media.kind === 'document' &&
        media.fileName !== undefined && { filename: media.fileName }),
    },
  };
}

/** Reply buttons for up to three options, a list for up to ten. */
function interactive(menu: MenuContent): Record<string, unknown> {
  const body = { text: cut(menu.text, limits.body) };
  if (menu.options.length <= 3) {
    return {
      type: 'interactive',
      interactive: {
        type: 'button',
        body,
        action: {
          buttons: menu.options.map((o) => ({
            type: 'reply',
            reply: { id: o.id, title: cut(o.title, limits.button) },
          })),
        },
      },
    };
  }
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      body,
      action: {
        button: cut(menu.buttonLabel ?? 'Options', limits.listButton),
        sections: [
          {
            rows: menu.options.map((o) => ({
              id: o.id,
              title: cut(o.title, limits.rowTitle),
              ...(o.description !== undefined && {
                description: cut(o.description, limits.rowDescription),
              }),
            })),
          },
        ],
      },
    },
  };
}
