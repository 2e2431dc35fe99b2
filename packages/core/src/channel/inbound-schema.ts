import { z } from 'zod';
import { messageContentSchema } from '../model/content.js';
import { languageCodeSchema } from '../model/localized-text.js';

/** Boundary check of what adapters (and `desk.receive`) hand to the engine. */
export const inboundMessageSchema = z.object({
  externalId: z.string().min(1).max(512),
  from: z.object({
    externalId: z.string().min(1).max(512),
    name: z.string().max(500).optional(),
    phone: z.string().max(64).optional(),
    email: z.string().max(320).optional(),
    attributes: z
      .record(z.string().min(1).max(100), z.union([z.string().max(1000), z.number(), z.boolean()]))
      .refine((a) => Object.keys(a).length <= 100, 'at most 100 attributes')
      .optional(),
    language: languageCodeSchema.optional(),
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
