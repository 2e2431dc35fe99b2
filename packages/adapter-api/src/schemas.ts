import { formatIssues, mediaKinds } from '@parley/core/internal';
import { z } from 'zod';
import { refuse } from './http/respond.js';

/** Contact ids travel in URL paths: a safe alphabet, no `/`, `%` or spaces. */
export const contactIdShape = /^[\w.:@+=~-]{1,256}$/;
const contactId = z.string().regex(contactIdShape, 'use 1–256 letters, digits or . _ : @ + = ~ -');
const externalId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const attributeValue = z.union([z.string().max(2000), z.number(), z.boolean()]);
const attributes = z
  .record(z.string().min(1).max(100), attributeValue)
  .refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes');

const profile = {
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ().-]{3,31}$/, 'expected a phone number like +5521988776655'),
};

export const createContactSchema = z
  .object({
    id: contactId.optional(),
    name: profile.name.optional(),
    email: profile.email.optional(),
    phone: profile.phone.optional(),
    attributes: attributes.optional(),
  })
  .strict();
export type CreateContactBody = z.output<typeof createContactSchema>;

/** Given fields are replaced; `null` clears one; attributes merge (`null` drops a key). */
export const updateContactSchema = z
  .object({
    name: profile.name.nullable().optional(),
    email: profile.email.nullable().optional(),
    phone: profile.phone.nullable().optional(),
    attributes: z
      .record(z.string().min(1).max(100), attributeValue.nullable())
      .refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes')
      .optional(),
  })
  .strict();
export type UpdateContactBody = z.output<typeof updateContactSchema>;

/** What a customer can send through the API: everything but business-only content. */
const inboundContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(20_000) }).strict(),
  z
    .object({
      type: z.literal('media'),
      kind: z.enum(mediaKinds),
      url: httpUrl,
      mimeType: z.string().max(200).optional(),
      fileName: z.string().max(500).optional(),
      caption: z.string().max(20_000).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('location'),
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      name: z.string().max(500).optional(),
      address: z.string().max(1000).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('choice'),
      optionId: z.string().min(1).max(256),
      title: z.string().max(500).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('reaction'),
      emoji: z.string().max(32),
      targetExternalId: externalId,
    })
    .strict(),
  z
    .object({
      type: z.literal('contacts'),
      contacts: z
        .array(
          z
            .object({
              name: z.string().min(1).max(200),
              phones: z.array(z.string().max(64)).max(20).default([]),
            })
            .strict(),
        )
        .min(1)
        .max(20),
    })
    .strict(),
]);

export const messageSchema = z
  .object({
    /** The caller's id of the message: a second post with the same id is not processed. */
    id: externalId.optional(),
    text: z.string().min(1).max(20_000).optional(),
    content: inboundContent.optional(),
    /** The id of the message this one answers (ours for outbound, yours for inbound). */
    replyTo: externalId.optional(),
  })
  .strict()
  .superRefine((m, issue) => {
    if ((m.text === undefined) === (m.content === undefined)) {
      issue.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'give either `text` or `content` (exactly one)',
      });
    }
  });
export type MessageBody = z.output<typeof messageSchema>;

export const openConversationSchema = z.object({ message: messageSchema }).strict();
export type OpenConversationBody = z.output<typeof openConversationSchema>;

/** Validates a parsed body (or query); a failure is a 422 naming every bad field. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what = 'request body',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));
  return refuse(
    422,
    'invalid_field',
    `The ${what} is invalid: ${formatIssues(result.error)}. Fix the named fields.`,
    { issues },
  );
}
