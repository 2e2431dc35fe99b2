import { type BusinessHoursOptions, DEFAULT_TENANT } from '@parley/core';
import { z } from 'zod';
import { checkTemplate } from './template/render.js';
import { isTimeZone, parseTimeOfDay, timeZoneMessage } from './time/local-time.js';

const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'use letters, digits, "_", "-", ".", ":" (no spaces)');

const timeZone = z.string().refine(isTimeZone, timeZoneMessage);

const timeOfDay = z
  .string()
  .refine((v) => parseTimeOfDay(v) !== undefined, 'write a time of day as "HH:MM", e.g. "09:30"');

const templateText = z
  .string()
  .min(1)
  .max(4096)
  .superRefine((text, ctx) => {
    const problem = checkTemplate(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A text, or one text per language (`{ pt: 'Olá {{name}}', id: 'Halo {{name}}' }`). */
const template = z.union([
  templateText,
  z
    .record(
      z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'use language codes like "pt" or "pt-BR"'),
      templateText,
    )
    .refine((r) => Object.keys(r).length > 0, 'give at least one language'),
]);

const stepSchema = z
  .object({
    /** Names the step in stats (default `step-1`, `step-2`, …). */
    id: id.optional(),
    /** Wait after the previous step (the enrolment for the first one). */
    after: z
      .object({
        days: z.number().int().min(0).max(365).default(0),
        hours: z
          .number()
          .int()
          .min(0)
          .max(24 * 365)
          .default(0),
        minutes: z
          .number()
          .int()
          .min(0)
          .max(60 * 24 * 365)
          .default(0),
      })
      .strict()
      .default({ days: 0, hours: 0, minutes: 0 }),
    /**
     * Local time of day to send at, in the contact's time zone: `after.days` later at
     * this time (the same day if it is still ahead). Needs whole days in `after`.
     */
    at: timeOfDay.optional(),
    /** The message: `{{name}}`, `{{first_name}}`, `{{phone}}`, `{{email}}`, `{{attributes.x}}`, `{{x|fallback}}`. */
    message: template,
    /** Sends the text as the caption of this media (a catalogue image, a PDF). */
    media: z
      .object({
        kind: z.enum(['image', 'video', 'document', 'audio']),
        url: z.string().min(1),
        mimeType: z.string().optional(),
        fileName: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => s.at === undefined || (s.after.hours === 0 && s.after.minutes === 0), {
    path: ['at'],
    message: '`at` sends at a time of day; give the wait in whole `after.days` only',
  });

const keywordTrigger = z
  .object({
    type: z.literal('keyword'),
    /** Matched ignoring case and accents. */
    keywords: z.array(z.string().trim().min(1)).min(1),
    /** `word`: the keyword appears as a word or phrase (default); `exact`: the whole message. */
    match: z.enum(['word', 'exact']).default('word'),
  })
  .strict();

const triggerSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('label'),
      label: z.string().min(1).max(64),
      /** Labels on the contact, the conversation, or either (default). */
      on: z.enum(['contact', 'conversation', 'either']).default('either'),
    })
    .strict(),
  z
    .object({
      type: z.literal('referral'),
      /** Only these ads (the referral's `adId`); any ad when unset. */
      adIds: z.array(z.string().min(1)).optional(),
      /** Only this referral source (`ad`, `post`); any when unset. */
      source: z.string().min(1).optional(),
    })
    .strict(),
  keywordTrigger,
  z
    .object({
      type: z.literal('no-reply'),
      /** Hours since the business's last message with no answer from the contact. */
      hours: z
        .number()
        .min(1)
        .max(24 * 30),
    })
    .strict(),
]);

/** Times when campaign messages may go out, in the contact's own time zone. */
const quietHours = z
  .object({ from: timeOfDay, to: timeOfDay })
  .strict()
  .refine((q) => q.from !== q.to, 'quiet hours need different `from` and `to`');

export const campaignSchema = z
  .object({
    id,
    tenantId: id.default(DEFAULT_TENANT),
    name: z.string().min(1).max(200).optional(),
    /** The channel campaign messages go out on. Triggered campaigns may leave it out: they use the triggering conversation's channel. */
    channelId: id.optional(),
    steps: z.array(stepSchema).min(1).max(50),
    triggers: z.array(triggerSchema).default([]),
    /** A contact who writes leaves the campaign (default true). */
    stopOnReply: z.boolean().default(true),
    /** A contact may enrol again after leaving or finishing (default false: once). */
    allowReenrol: z.boolean().default(false),
    /** Campaign messages wait for these opening hours (the business's zone). */
    hours: z.custom<BusinessHoursOptions>((v) => typeof v === 'object' && v !== null).optional(),
    /** No campaign message in this local window of the contact (`{ from: '21:00', to: '08:00' }`). */
    quietHours: quietHours.optional(),
    /** The contact's zone when unknown (member `timeZone` or contact attribute `timeZone`). Default UTC. */
    timeZone: timeZone.default('UTC'),
    /** Template language when the contact's is unknown or missing (default `en`). */
    language: z.string().min(2).default('en'),
    /** Paused campaigns keep their enrolments and send nothing until resumed. */
    paused: z.boolean().default(false),
  })
  .strict();

export type CampaignOptions = z.input<typeof campaignSchema>;
export type CampaignConfig = z.output<typeof campaignSchema>;
export type CampaignStep = CampaignConfig['steps'][number];
export type CampaignTrigger = CampaignConfig['triggers'][number];
export { id as idSchema, timeZone as timeZoneSchema };
