import { z } from 'zod';
import { isTimeZone } from '../hours/zoned-time.js';

/**
 * How many messages a tenant may send per day and per month (PL1). Every outbound
 * message that reaches a channel counts, whoever wrote it. Past a limit, automated
 * messages (assistant, system, campaigns) are not sent but recorded `suppressed`, and a
 * conversation whose assistant was silenced goes to humans; operators can still write.
 */
export const messageLimitsSchema = z
  .object({
    /** Messages per day (the tenant's local day). */
    daily: z.number().int().min(1).optional(),
    /** Messages per calendar month. */
    monthly: z.number().int().min(1).optional(),
    /** IANA time zone where days and months start (default UTC). */
    timeZone: z
      .string()
      .refine(isTimeZone, 'is not an IANA time zone; use one like "America/Sao_Paulo"')
      .default('UTC'),
  })
  .strict();
export type MessageLimitsOptions = z.input<typeof messageLimitsSchema>;
export type MessageLimitsConfig = z.output<typeof messageLimitsSchema>;

/** Limits per tenant, looked up when needed: agencies load plans added at runtime this way. */
export type MessageLimitsLookup = (
  tenantId: string,
) => MessageLimitsOptions | undefined | Promise<MessageLimitsOptions | undefined>;

export const messageLimitsLookupSchema = z.custom<MessageLimitsLookup>(
  (v) => typeof v === 'function',
  'expected a function (tenantId) => limits',
);
