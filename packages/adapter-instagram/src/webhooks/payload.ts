import { z } from 'zod';

// Meta's Instagram webhook shapes, loose on purpose: Meta adds fields without notice,
// and an unknown field must never make a whole delivery fail.

const id = z.union([z.string(), z.number()]).transform(String);

const referral = z.looseObject({
  ref: z.string().optional(),
  ad_id: z.union([z.string(), z.number()]).transform(String).optional(),
  source: z.string().optional(),
  type: z.string().optional(),
  ads_context_data: z
    .looseObject({
      ad_title: z.string().optional(),
      photo_url: z.string().optional(),
      video_url: z.string().optional(),
      post_id: z.string().optional(),
    })
    .optional(),
});
export type WebhookReferral = z.infer<typeof referral>;

const attachment = z.looseObject({
  type: z.string(),
  payload: z
    .looseObject({
      url: z.string().optional(),
      title: z.string().optional(),
      ig_post_media_id: z.string().optional(),
    })
    .nullish(),
});
export type WebhookAttachment = z.infer<typeof attachment>;

const message = z.looseObject({
  mid: z.string().min(1),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  is_deleted: z.boolean().optional(),
  is_unsupported: z.boolean().optional(),
  quick_reply: z.looseObject({ payload: z.string().min(1) }).optional(),
  reply_to: z
    .looseObject({
      mid: z.string().optional(),
      story: z.looseObject({ id: z.string().optional(), url: z.string().optional() }).optional(),
    })
    .optional(),
  attachments: z.array(attachment).optional(),
  referral: referral.optional(),
});

/** One element of `entry[].messaging[]`. */
export const messagingEventSchema = z.looseObject({
  sender: z.looseObject({ id }),
  recipient: z.looseObject({ id }),
  timestamp: z.number().optional(),
  message: message.optional(),
  postback: z
    .looseObject({
      mid: z.string().optional(),
      title: z.string().optional(),
      payload: z.string().min(1),
    })
    .optional(),
  reaction: z
    .looseObject({
      mid: z.string().min(1),
      action: z.string(),
      reaction: z.string().optional(),
      emoji: z.string().optional(),
    })
    .optional(),
  read: z.looseObject({ mid: z.string().optional() }).optional(),
  referral: referral.optional(),
  /** The customer edited a message (`message_edit` field). */
  message_edit: z
    .looseObject({ mid: z.string().min(1), text: z.string().default(''), num_edit: z.unknown() })
    .optional(),
  /** Handover protocol: control of the thread passed to, or taken by, an app. */
  pass_thread_control: z
    .looseObject({ new_owner_app_id: id.nullish(), previous_owner_app_id: id.nullish() })
    .optional(),
  take_thread_control: z
    .looseObject({ new_owner_app_id: id.nullish(), previous_owner_app_id: id.nullish() })
    .optional(),
});
export type MessagingEvent = z.infer<typeof messagingEventSchema>;

/** `entry[].changes[].value` of the `comments` and `live_comments` fields. */
export const commentValueSchema = z.looseObject({
  id,
  text: z.string().default(''),
  from: z.looseObject({ id, username: z.string().optional() }),
  media: z.looseObject({ id, media_product_type: z.string().optional() }),
  parent_id: id.optional(),
});
export type CommentValue = z.infer<typeof commentValueSchema>;

/** `entry[].changes[].value` of the `mentions` field. */
export const mentionValueSchema = z.looseObject({ media_id: id, comment_id: id.optional() });

export const webhookPayloadSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id,
      time: z.number().optional(),
      messaging: z.array(z.unknown()).optional(),
      /** Events of threads another app holds (handover protocol): recorded, not answered. */
      standby: z.array(z.unknown()).optional(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })).optional(),
    }),
  ),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
