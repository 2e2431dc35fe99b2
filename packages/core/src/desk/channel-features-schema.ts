import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { localizedTextSchema } from '../model/localized-text.js';
import { normalisePhone } from '../routing/phone.js';
import { idSchema as id } from './id-schema.js';

/**
 * Who may write to a channel (RT10). Numbers are written with their country code
 * (`5521988776655`); they are compared in E.164, Brazilian ninth digit restored.
 */
export const phoneFilterSchema = z
  .object({
    /** When given, only these numbers are answered. */
    allow: z.array(z.string()).optional(),
    /** These numbers are never answered. */
    block: z.array(z.string()).default([]),
    /** Reads numbers written without a country code as national numbers of this country. */
    defaultCountry: z
      .string()
      .refine(isSupportedCountry, 'use a two-letter country code such as "BR" or "ID"')
      .optional(),
  })
  .strict()
  .transform((filter, ctx) => {
    const country = filter.defaultCountry as CountryCode | undefined;
    const normalise = (list: string[], field: 'allow' | 'block') =>
      new Set(
        list.map((raw, i) => {
          const e164 = normalisePhone(raw, country);
          if (!e164)
            ctx.addIssue({
              code: 'custom',
              path: [field, i],
              message: `"${raw}" is not a phone number; write it with country and area code, e.g. 5521988776655`,
            });
          return e164 ?? '';
        }),
      );
    return {
      ...(filter.allow !== undefined && { allow: normalise(filter.allow, 'allow') }),
      block: normalise(filter.block, 'block'),
      ...(country !== undefined && { defaultCountry: country }),
    };
  });
export type PhoneFilterConfig = z.output<typeof phoneFilterSchema>;

/** Answer a burst of customer messages as one turn (RT9). */
export const groupMessagesSchema = z
  .object({
    /** Quiet time after the last message before answering (default 4 s). */
    windowMs: z.number().int().min(100).max(120_000).default(4000),
    /** Longest wait after the first message of a burst (default 15 s). */
    maxWaitMs: z.number().int().min(100).max(600_000).default(15_000),
  })
  .strict()
  .refine((g) => g.maxWaitMs >= g.windowMs, {
    path: ['maxWaitMs'],
    message: 'maxWaitMs must be at least windowMs',
  });
export type GroupMessagesConfig = z.output<typeof groupMessagesSchema>;

/** The satisfaction survey sent when a conversation is solved (IN6). */
export const csatSchema = z
  .object({
    enabled: z.boolean().default(true),
    question: localizedTextSchema().default(
      'How would you rate our service? Reply with a number from 1 (bad) to 5 (excellent).',
    ),
    /** Titles of scores 1–5, shown as buttons where the channel has them. */
    options: z
      .tuple([
        localizedTextSchema(100),
        localizedTextSchema(100),
        localizedTextSchema(100),
        localizedTextSchema(100),
        localizedTextSchema(100),
      ])
      .default(['Very bad', 'Bad', 'OK', 'Good', 'Excellent']),
    /** Sent after a valid answer; nothing when empty. */
    thanks: z.union([z.literal(''), localizedTextSchema()]).default('Thank you for your feedback!'),
    /** Answers after this long are treated as a new message (default 24 h). */
    expiresAfterHours: z.number().min(1).max(168).default(24),
  })
  .strict();
export type CsatConfig = z.output<typeof csatSchema>;

/** Replies to business-started conversations go to this team (RT5). */
export const activeRoutingSchema = z.object({ team: id }).strict();

/**
 * Rate limits of a channel (PL2). `inbound`: per contact; messages past the limit are
 * recorded in the conversation as `ignored` and answered by no one, except for one
 * `notice` per window. `outbound`: for the whole channel; sends past the limit wait
 * their turn (first in, first out), and one that would wait longer than `maxWaitMs`
 * fails with RATE_LIMITED.
 */
export const rateLimitSchema = z
  .object({
    inbound: z
      .object({
        /** Messages one contact may send per window that get an answer. */
        messages: z.number().int().min(1).max(10_000),
        /** The window, starting at the contact's first message (ms, 1 s to 24 h). */
        perMs: z.number().int().min(1000).max(86_400_000),
        /** Said once per window when the contact goes over the limit; silent when unset. */
        notice: localizedTextSchema().optional(),
      })
      .strict()
      .optional(),
    outbound: z
      .object({
        /** Messages the channel sends per window at most. */
        messages: z.number().int().min(1).max(100_000),
        /** The window (ms, 100 ms to 24 h). */
        perMs: z.number().int().min(100).max(86_400_000),
        /** Longest a send waits for its turn (default 60 s). */
        maxWaitMs: z.number().int().min(0).max(3_600_000).default(60_000),
      })
      .strict()
      .optional(),
  })
  .strict();
export type RateLimitConfig = z.output<typeof rateLimitSchema>;
