import type { Logger } from '@parley/core';
import { z } from 'zod';
import type { DataManagementOptions } from './api.js';
import { retentionPolicySchema } from './policy.js';

/** `dataManagement()` options, validated once at creation. */
export const dataManagementOptionsSchema = z
  .object({
    policies: z.record(z.string().min(1), retentionPolicySchema).default({}),
    schedule: z
      .object({
        at: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write a time of day as "HH:MM"')
          .default('03:00'),
        timeZone: z.string().default('UTC'),
      })
      .strict()
      .default({ at: '03:00', timeZone: 'UTC' }),
    onReport: z
      .custom<DataManagementOptions['onReport']>((v) => typeof v === 'function')
      .optional(),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
  })
  .strict();

export type DataManagementConfig = z.output<typeof dataManagementOptionsSchema>;
