import { z } from 'zod';

/**
 * A knowledge passage an assistant's answer rests on (AI3), carried on the outbound
 * message so operators, `message.sent` listeners and webhooks see the answer's sources.
 * The location fields mirror `@parley/kb`'s citations: file, PDF page, sheet and row,
 * Markdown headings, JSON path.
 */
export const messageCitationSchema = z
  .object({
    /** The marker the answer used for this source, e.g. `K1`. */
    ref: z.string().optional(),
    /** The knowledge base hit's id. */
    hitId: z.string().optional(),
    /** Relevance in 0..1. */
    score: z.number().optional(),
    documentId: z.string().optional(),
    /** The uploaded file's name, or the title of text added directly. */
    file: z.string().min(1),
    page: z.number().int().positive().optional(),
    sheet: z.string().optional(),
    row: z.number().int().positive().optional(),
    headingPath: z.array(z.string()).optional(),
    path: z.string().optional(),
  })
  .strict();

export type MessageCitation = z.infer<typeof messageCitationSchema>;
