import { z } from 'zod';

/** A media object of an inbound Cloud API message. */
export interface CloudMedia {
  id: string;
  mime_type?: string;
  sha256?: string;
  caption?: string;
  filename?: string;
}

/**
 * One inbound message as the Cloud API webhook delivers it (`value.messages[]`). A
 * person with a WhatsApp username who shares no number with the business has only a
 * business-scoped user id: `from_user_id` without `from`.
 */
export interface CloudMessage {
  from?: string;
  from_user_id?: string;
  /** Coexistence echoes and history: the customer the business wrote to. */
  to?: string;
  to_user_id?: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body: string };
  image?: CloudMedia;
  video?: CloudMedia;
  audio?: CloudMedia & { voice?: boolean };
  document?: CloudMedia;
  sticker?: CloudMedia & { animated?: boolean };
  location?: { latitude: number; longitude: number; name?: string; address?: string; url?: string };
  contacts?: Array<{
    name?: { formatted_name?: string; first_name?: string };
    phones?: Array<{ phone?: string; wa_id?: string; type?: string }>;
  }>;
  reaction?: { message_id: string; emoji?: string };
  interactive?: {
    type: string;
    button_reply?: { id: string; title?: string };
    list_reply?: { id: string; title?: string; description?: string };
    /** A WhatsApp Flow the customer completed: the answers as a JSON string. */
    nfm_reply?: { name?: string; body?: string; response_json?: string };
  };
  button?: { payload?: string; text?: string };
  /** A cart sent from the business's catalogue. */
  order?: {
    catalog_id?: string;
    text?: string;
    product_items?: Array<{
      product_retailer_id?: string;
      quantity?: number | string;
      item_price?: number | string;
      currency?: string;
    }>;
  };
  context?: {
    from?: string;
    id?: string;
    forwarded?: boolean;
    /** The customer asked about this catalogue product ("Message business" on a product). */
    referred_product?: { catalog_id?: string; product_retailer_id?: string };
  };
  referral?: {
    source_url?: string;
    source_id?: string;
    source_type?: string;
    headline?: string;
    body?: string;
    media_type?: string;
    ctwa_clid?: string;
  };
  system?: {
    body?: string;
    type?: string;
    /** `user_changed_number`: the new number (older payloads: `new_wa_id`). */
    wa_id?: string;
    new_wa_id?: string;
  };
  errors?: Array<{ code?: number; title?: string; message?: string }>;
}

/** A delivery status of a message the business sent (`value.statuses[]`). */
export interface CloudStatus {
  id: string;
  status: string;
  timestamp: string;
  /** The recipient's number; absent when the message went to a business-scoped user id. */
  recipient_id?: string;
  recipient_user_id?: string;
  errors?: Array<{
    code?: number;
    title?: string;
    message?: string;
    /** Meta's explanation for people (`Message failed to send because more than 24 hours…`). */
    error_data?: { details?: string };
  }>;
}

const timestamp = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]);

/** One message of `messages[]`, `message_echoes[]` or a history thread; checked one by one. */
export const cloudMessageSchema = z
  .object({
    from: z.string().min(1).optional(),
    from_user_id: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    to_user_id: z.string().min(1).optional(),
    id: z.string().min(1),
    timestamp: timestamp.transform(String),
    type: z.string().min(1),
  })
  .passthrough();

export const cloudStatusSchema = z
  .object({
    id: z.string().min(1),
    status: z.string().min(1),
    timestamp: timestamp.transform(String),
    recipient_id: z.string().min(1).optional(),
    recipient_user_id: z.string().min(1).optional(),
  })
  .passthrough()
  .refine((s) => s.recipient_id !== undefined || s.recipient_user_id !== undefined, {
    message: 'a status names its recipient by recipient_id or recipient_user_id',
  });

/**
 * The envelope every WhatsApp Business Account webhook POST has. Its `contacts[]`
 * carry `wa_id` and, since 2026, a business-scoped `user_id` (alone when the person
 * hides their number behind a username).
 */
export const webhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      id: z.string().optional(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z
            .object({
              metadata: z.object({ phone_number_id: z.string() }).passthrough().optional(),
              contacts: z.array(z.unknown()).optional(),
              // Items are checked one by one (cloud/changes.ts): one bad message must
              // not make Meta redeliver, and so lose, the whole batch.
              messages: z.array(z.unknown()).optional(),
              statuses: z.array(z.unknown()).optional(),
              message_echoes: z.array(z.unknown()).optional(),
              history: z.array(z.unknown()).optional(),
            })
            .passthrough(),
        }),
      ),
    }),
  ),
});

export type WebhookPayload = z.infer<typeof webhookSchema>;
