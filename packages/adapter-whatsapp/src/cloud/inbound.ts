import type { MediaKind, MessageContent, Referral } from '@parley/core';
import { encodeMediaLocator } from '../media-locator.js';
import { adReferral, type NormalisedMessage } from '../normalised.js';
import type { CloudMedia, CloudMessage } from './payload.js';

const mediaTypes: readonly MediaKind[] = ['image', 'video', 'audio', 'document', 'sticker'];

/**
 * Normalises a Cloud API message into `MessageContent`; undefined for system notices
 * (a customer changed number) that are not something the customer said.
 */
export function normaliseCloudMessage(m: CloudMessage): NormalisedMessage | undefined {
  const content = contentOf(m);
  if (!content) return undefined;
  const out: NormalisedMessage = { content };
  if (m.context?.id) out.replyToExternalId = m.context.id;
  const ad = m.referral;
  const product = m.context?.referred_product;
  const referral = product?.product_retailer_id
    ? productReferral(product.product_retailer_id, product.catalog_id)
    : adReferral(
        ad && {
          sourceType: ad.source_type ?? null,
          sourceId: ad.source_id ?? null,
          headline: ad.headline ?? null,
          body: ad.body ?? null,
          sourceUrl: ad.source_url ?? null,
          clickId: ad.ctwa_clid ?? null,
        },
      );
  if (referral) out.referral = referral;
  return out;
}

function contentOf(m: CloudMessage): MessageContent | undefined {
  switch (m.type) {
    case 'text':
      return m.text?.body?.trim()
        ? { type: 'text', text: m.text.body }
        : { type: 'unsupported', description: 'empty text' };
    case 'location':
      return m.location
        ? {
            type: 'location',
            latitude: Number(m.location.latitude),
            longitude: Number(m.location.longitude),
            ...(m.location.name && { name: m.location.name }),
            ...(m.location.address && { address: m.location.address }),
          }
        : undefined;
    case 'contacts':
      return m.contacts?.length
        ? {
            type: 'contacts',
            contacts: m.contacts.map((c) => {
              const phones = (c.phones ?? [])
                .map((p) => (p.wa_id ? `+${p.wa_id}` : p.phone))
                .filter((p): p is string => !!p);
              return {
                name: c.name?.formatted_name ?? c.name?.first_name ?? phones[0] ?? 'contact',
                phones,
              };
            }),
          }
        : undefined;
    case 'reaction':
      return m.reaction?.message_id
        ? {
            type: 'reaction',
            emoji: m.reaction.emoji ?? '',
            targetExternalId: m.reaction.message_id,
          }
        : undefined;
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      if (reply?.id)
        return { type: 'choice', optionId: reply.id, ...(reply.title && { title: reply.title }) };
      if (m.interactive?.nfm_reply) return flowReply(m.interactive.nfm_reply);
      return { type: 'unsupported', description: `interactive ${m.interactive?.type ?? 'reply'}` };
    }
    case 'button': {
      const id = m.button?.payload ?? m.button?.text;
      return id
        ? { type: 'choice', optionId: id, ...(m.button?.text && { title: m.button.text }) }
        : undefined;
    }
    case 'order':
      return m.order ? orderText(m.order) : undefined;
    case 'system':
      return undefined;
    default: {
      const kind = mediaTypes.find((k) => k === m.type);
      const media = kind && (m[kind as keyof CloudMessage] as CloudMedia | undefined);
      if (kind && media?.id) {
        return {
          type: 'media',
          kind,
          url: encodeMediaLocator({ transport: 'cloud-api', mediaId: media.id }),
          ...(media.mime_type && { mimeType: media.mime_type }),
          ...(media.filename && { fileName: media.filename }),
          ...(media.caption && { caption: media.caption }),
        };
      }
      const error = m.errors?.[0];
      return {
        type: 'unsupported',
        description: error?.title ?? error?.message ?? `${m.type} message`,
      };
    }
  }
}

/** The product a customer asked about, as a referral rules can route on (`ref`). */
function productReferral(productId: string, catalogId: string | undefined): Referral {
  return { source: 'product', ref: productId, ...(catalogId && { body: `catalog ${catalogId}` }) };
}

/**
 * A catalogue cart as text an operator and an assistant can read: one line per item
 * with quantity and price, then the customer's note.
 */
function orderText(order: NonNullable<CloudMessage['order']>): MessageContent {
  const items = (order.product_items ?? []).map((i) => {
    const price =
      i.item_price !== undefined ? ` at ${i.item_price} ${i.currency ?? ''}`.trimEnd() : '';
    return `${i.quantity ?? 1} × ${i.product_retailer_id ?? 'item'}${price}`;
  });
  const head = `Order${order.catalog_id ? ` (catalog ${order.catalog_id})` : ''}:`;
  return { type: 'text', text: [head, ...items, ...(order.text ? [order.text] : [])].join('\n') };
}

/** A completed WhatsApp Flow: its answers as `field: value` lines (the flow token left out). */
function flowReply(
  reply: NonNullable<NonNullable<CloudMessage['interactive']>['nfm_reply']>,
): MessageContent {
  let answers: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(reply.response_json ?? '{}');
    if (parsed && typeof parsed === 'object') answers = parsed as Record<string, unknown>;
  } catch {
    answers = {};
  }
  const lines = Object.entries(answers)
    .filter(([key]) => key !== 'flow_token')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = `Form ${reply.name && reply.name !== 'flow' ? `"${reply.name}" ` : ''}sent${reply.body && reply.body !== 'Sent' ? `: ${reply.body}` : ''}`;
  return { type: 'text', text: [head, ...lines].join('\n') };
}
