import type { Logger } from '@parley/core';
import { z } from 'zod';
import { idSchema } from './campaign-schema.js';
import { sendPacingSchema } from './pacing/send-pacing.js';

/** `campaigns()` options, validated once at creation. */
export const campaignsOptionsSchema = z
  .object({
    campaigns: z.array(z.unknown()).default([]),
    pacing: z
      .union([
        z.literal(false),
        z
          .object({
            default: z.union([z.literal(false), sendPacingSchema]).optional(),
            channels: z.record(idSchema, z.union([z.literal(false), sendPacingSchema])).default({}),
          })
          .strict(),
      ])
      .default({ channels: {} }),
    random: z.custom<() => number>((v) => typeof v === 'function').default(() => Math.random),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
  })
  .strict();

export type CampaignsConfig = z.output<typeof campaignsOptionsSchema>;
