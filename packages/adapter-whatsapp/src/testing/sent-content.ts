import type { MediaKind, MessageContent } from '@parley/core';
import { parseVcard } from '../vcard.js';
import type { FakeSent } from './fake-sent.js';

/** Reads what the adapter handed to Baileys back as Parley content, for assertions. */
export function contentFromSent(sent: FakeSent): MessageContent {
  if (sent.relay) return menuFromRelay(sent);
  const c = (sent.content ?? {}) as Record<string, unknown>;
  if (typeof c.text === 'string') return { type: 'text', text: c.text };
  for (const kind of ['image', 'video', 'audio', 'document', 'sticker'] as MediaKind[]) {
    const upload = c[kind] as { url?: unknown } | Uint8Array | undefined;
    if (upload === undefined) continue;
    return {
      type: 'media',
      kind,
      ...(upload instanceof Uint8Array
        ? { data: new Uint8Array(upload) }
        : { url: String(upload.url) }),
      ...(typeof c.mimetype === 'string' && { mimeType: c.mimetype }),
      ...(typeof c.fileName === 'string' && { fileName: c.fileName }),
      ...(typeof c.caption === 'string' && { caption: c.caption }),
    };
  }
  const location = c.location as
    | { degreesLatitude: number; degreesLongitude: number; name?: string; address?: string }
    | undefined;
  if (location) {
    return {
      type: 'location',
      latitude: location.degreesLatitude,
      longitude: location.degreesLongitude,
      ...(location.name !== undefined && { name: location.name }),
      ...(location.address !== undefined && { address: location.address }),
    };
  }
  const react = c.react as { text?: string; key?: { id?: string } } | undefined;
  if (react?.key?.id)
    return { type: 'reaction', emoji: react.text ?? '', targetExternalId: react.key.id };
  const contacts = c.contacts as
    | { contacts: Array<{ vcard?: string; displayName?: string }> }
    | undefined;
  if (contacts) {
    return {
      type: 'contacts',
      contacts: contacts.contacts.map((k) => parseVcard(k.vcard ?? '', k.displayName)),
    };
  }
  return { type: 'unsupported', description: Object.keys(c).join(',') };
}

function menuFromRelay(sent: FakeSent): MessageContent {
  const interactive = sent.relay?.viewOnceMessage?.message?.interactiveMessage;
  const buttons = interactive?.nativeFlowMessage?.buttons ?? [];
  const options: Array<{ id: string; title: string; description?: string }> = [];
  let buttonLabel: string | undefined;
  for (const b of buttons) {
    const params = JSON.parse(b.buttonParamsJson ?? '{}');
    if (b.name === 'quick_reply') options.push({ id: params.id, title: params.display_text });
    if (b.name === 'single_select') {
      buttonLabel = params.title;
      for (const section of params.sections ?? []) options.push(...section.rows);
    }
  }
  return {
    type: 'menu',
    text: interactive?.body?.text ?? '',
    options,
    ...(buttonLabel !== undefined && { buttonLabel }),
  };
}
