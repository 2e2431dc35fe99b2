import { z } from 'zod';

/** A media object of an inbound Cloud API message. */
export interface CloudMedia {
  id: string;
  mime_type?: string;
  sha256?: string;
  caption?: string;
  filename?: string;
}

/** One inbound message as the Cloud API webhook delivers it (`value.messages[]`). */
export interface CloudMessage {
  from: string;
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
  };
  button?: { payload?: string; text?: string };
  context?: { from?: string; id?: string; forwarded?: boolean };
  referral?: {
    source_url?: string;
    source_id?: string;
    source_type?: string;
    headline?: string;
    body?: string;
    media_type?: string;
    ctwa_clid?: string;
  };
  system?: { body?: string; type?: string };
  errors?: Array<{ code?: number; title?: string; message?: string }>;
}

/** A delivery status of a message the business sent (`value.statuses[]`). */
export interface CloudStatus {
  id: string;
  status: string;
  timestamp: string;
  recipient_id: string;
  errors?: Array<{ code?: number; title?: string; message?: string }>;
}

const message = z
  .object({
    from: z.string().min(1),
    id: z.string().min(1),
    timestamp: z.string().regex(/^\d+$/),
    type: z.string().min(1),
  })
  .passthrough();

const status = z
  .object({
    id: z.string().min(1),
    status: z.string().min(1),
    timestamp: z.string().regex(/^\d+$/),
    recipient_id: z.string(),
  })
  .passthrough();

/** The envelope every WhatsApp Business Account webhook POST has. */
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
              contacts: z
                .array(
                  z
                    .object({
                      wa_id: z.string().optional(),
                      profile: z.object({ name: z.string().optional() }).passthrough().optional(),
                    })
                    .passthrough(),
                )
                .optional(),
              messages: z.array(message).optional(),
              statuses: z.array(status).optional(),
            })
            .passthrough(),
        }),
      ),
    }),
  ),
});

export type WebhookPayload = z.infer<typeof webhookSchema>;
