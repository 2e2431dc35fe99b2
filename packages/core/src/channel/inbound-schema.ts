import { z } from 'zod';
import { messageContentSchema } from '../model/content.js';

/** Boundary check of what adapters (and `desk.receive`) hand to the engine. */
export const inboundMessageSchema = z.object({
  externalId: z.string().min(1).max(512),
  from: z.object({
    externalId: z.string().min(1).max(512),
    name: z.string().max(500).optional(),
    phone: z.string().max(64).optional(),
    email: z.string().max(320).optional(),
  }),
  content: messageContentSchema,
  timestamp: z.date().optional(),
  replyToExternalId: z.string().min(1).optional(),
  referral: z
    .object({
      source: z.string(),
      adId: z.string().optional(),
      ref: z.string().max(512).optional(),
      headline: z.string().optional(),
      body: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
  recordOnly: z.string().min(1).max(200).optional(),
});
