import { z } from 'zod';
import { idSchema as id } from '../desk/id-schema.js';
import { businessHoursSchema } from '../hours/hours-schema.js';
import { DEFAULT_TENANT } from '../model/records.js';
import { routeTargetSchema } from './target-schema.js';

const oneOrMore = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const regexSchema = z.union([z.instanceof(RegExp), z.string().min(1)]).superRefine((v, ctx) => {
  if (typeof v !== 'string') return;
  try {
    new RegExp(v, 'iu');
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${String(e)}` });
  }
});

/** Conditions on the message text; case and accents never matter except in `regex`. */
const textCondition = z
  .object({
    /** Any of these appears anywhere in the text. */
    contains: oneOrMore.optional(),
    /** Any of these appears as a whole word or phrase. */
    keywords: z.array(z.string().min(1)).min(1).optional(),
    /** Tested against the text as written; a string is compiled case-insensitively. */
    regex: regexSchema.optional(),
  })
  .strict()
  .refine(
    (t) => t.contains !== undefined || t.keywords !== undefined || t.regex !== undefined,
    'give at least one of contains, keywords or regex',
  );

/** Every condition given must hold; a rule with none matches everything. */
const whenSchema = z
  .object({
    /** The channel (or one of the channels) the message came in on. */
    channel: oneOrMore.optional(),
    text: textCondition.optional(),
    /** Contact labels: `any` of, `all` of, `none` of. */
    labels: z
      .object({
        any: z.array(z.string().min(1)).min(1).optional(),
        all: z.array(z.string().min(1)).min(1).optional(),
        none: z.array(z.string().min(1)).min(1).optional(),
      })
      .strict()
      .optional(),
    /** Contact attributes that must equal these values. */
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** `open`: inside business hours; `closed`: outside. Uses `hours`, else the channel's. */
    time: z.enum(['open', 'closed']).optional(),
    hours: businessHoursSchema.optional(),
    /** The customer came from an ad or link: any (`true`), or one matching `source`/`adId`/`ref`. */
    referral: z
      .union([
        z.literal(true),
        z
          .object({
            source: oneOrMore.optional(),
            adId: oneOrMore.optional(),
            ref: oneOrMore.optional(),
          })
          .strict(),
      ])
      .optional(),
  })
  .strict();

/** A routing rule (RT6): the first matching rule picks the route of a new conversation. */
export const ruleOptionsSchema = z
  .object({
    /** Named in `conversation.routed` events; defaults to `rule-<position>`. */
    id: z.string().min(1).max(128).optional(),
    tenantId: id.default(DEFAULT_TENANT),
    /** Higher runs first; equal priorities keep their order in the list. */
    priority: z.number().int().default(0),
    when: whenSchema.default({}),
    route: routeTargetSchema,
  })
  .strict();

export type RuleOptions = z.input<typeof ruleOptionsSchema>;
export type RuleConfig = z.output<typeof ruleOptionsSchema>;
export type RuleConditions = RuleConfig['when'];
