import { z } from 'zod';
import { idSchema as id } from '../desk/id-schema.js';
import { businessHoursSchema } from '../hours/hours-schema.js';
import { localizedTextSchema } from '../model/localized-text.js';
import { DEFAULT_TENANT } from '../model/records.js';

export const presences = ['online', 'away', 'offline'] as const;
/** `online` operators get new conversations; `away` keep theirs and get none. */
export type Presence = (typeof presences)[number];

/** A human operator: one person, who may serve several teams of a tenant. */
export const operatorOptionsSchema = z
  .object({
    id,
    name: z.string().min(1).max(200).optional(),
    /** Most open conversations assigned at once (RT7). */
    maxConcurrent: z.number().int().min(1).max(100).default(5),
    /** Presence at start; change it with `desk.teams.setPresence()`. */
    presence: z.enum(presences).default('online'),
  })
  .strict();
export type OperatorOptions = z.input<typeof operatorOptionsSchema>;
export type OperatorConfig = z.output<typeof operatorOptionsSchema>;

/** A team (the seeds' "sector"): operators, an assignment policy, hours, messages. */
export const teamOptionsSchema = z
  .object({
    id,
    tenantId: id.default(DEFAULT_TENANT),
    name: z.string().min(1).max(200).optional(),
    /**
     * `least-busy`: the online operator with the fewest open conversations (ties by
     * round robin). `round-robin`: the next online operator with room, in turn.
     */
    policy: z.enum(['least-busy', 'round-robin']).default('least-busy'),
    operators: z.array(operatorOptionsSchema).default([]),
    /** When the team works; always when unset. Drives `outOfHoursMessage`. */
    hours: businessHoursSchema.optional(),
    /** Sent when a conversation is routed to this team, e.g. "We'll be with you shortly" (RT4). */
    autoMessage: localizedTextSchema().optional(),
    /** Sent instead, at most once per closed period per conversation, while closed (RT8). */
    outOfHoursMessage: localizedTextSchema().optional(),
  })
  .strict()
  .superRefine((team, ctx) => {
    const seen = new Set<string>();
    team.operators.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: ['operators', i, 'id'],
          message: `operator "${o.id}" is listed twice in this team`,
        });
      seen.add(o.id);
    });
  });
export type TeamOptions = z.input<typeof teamOptionsSchema>;
export type TeamConfig = z.output<typeof teamOptionsSchema>;
