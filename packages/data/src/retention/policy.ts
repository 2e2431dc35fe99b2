import { z } from 'zod';

/** What data management does for one tenant (IN8). */
export const retentionPolicySchema = z
  .object({
    /** Messages older than `olderThanDays` are deleted, or anonymised (content blanked, the rest kept). */
    messages: z
      .object({
        olderThanDays: z.number().int().min(1).max(36_500),
        action: z.enum(['delete', 'anonymise']),
        /** Only this channel's messages. */
        channelId: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /**
     * Contacts who have not written for `afterDays`, and whose conversations have had no
     * activity for as long, are deleted with their conversations and messages.
     */
    inactiveContacts: z
      .object({
        afterDays: z.number().int().min(1).max(36_500),
        /** Contacts with any of these labels are kept (`VIP`, `Customer`). */
        keepLabels: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    /** Scheduled runs only report what they would do (try a policy out first). */
    dryRun: z.boolean().default(false),
  })
  .strict();

export type RetentionPolicy = z.input<typeof retentionPolicySchema>;
export type RetentionPolicyConfig = z.output<typeof retentionPolicySchema>;

/** What one run did, or with `dryRun`, would do. */
export interface RetentionReport {
  tenantId: string;
  dryRun: boolean;
  at: Date;
  messages?: {
    action: 'delete' | 'anonymise';
    /** Messages created before this instant were concerned. */
    before: Date;
    /** Messages the policy applies to (not counting ones anonymised before). */
    matched: number;
    /** Messages deleted or anonymised (0 in a dry run). */
    changed: number;
    /** Conversations whose inbox snippet came from such a message (cleared or blanked). */
    snippets: number;
  };
  inactiveContacts?: {
    /** Not seen since this instant. */
    before: Date;
    matched: number;
    deleted: number;
    /** Conversations (with their messages) deleted with them, or that would be. */
    conversations: number;
    /** The first contacts concerned, to check a dry run by eye. */
    sample: Array<{ id: string; name?: string; lastSeenAt: Date }>;
  };
}
