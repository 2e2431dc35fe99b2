import { z } from 'zod';
import { isAddress } from './identity.js';
import {
  type CloudMessage,
  type CloudStatus,
  cloudMessageSchema,
  cloudStatusSchema,
  type WebhookPayload,
} from './payload.js';

type ChangeValue = WebhookPayload['entry'][number]['changes'][number]['value'];

/** A message of the coexistence history sync, with the thread (customer) it belongs to. */
export interface HistoryMessage {
  thread: string;
  message: CloudMessage;
}

/** One webhook change split into what the adapter acts on, each item checked alone. */
export interface ParsedChange {
  messages: CloudMessage[];
  statuses: CloudStatus[];
  /** Messages the owner sent from the WhatsApp Business app (`smb_message_echoes`). */
  echoes: CloudMessage[];
  history: HistoryMessage[];
  /** Profile names by `wa_id` and by `user_id`. */
  names: Map<string, string>;
  /** Items that did not parse: reported, while the rest of the batch goes on. */
  rejected: Array<{ list: string; index: number; id?: string; problem: string }>;
}

const historyChunk = z
  .object({
    threads: z
      .array(z.object({ id: z.string().min(1), messages: z.array(z.unknown()).default([]) }))
      .default([]),
  })
  .passthrough();

/** A sender's profile: `wa_id` and, since 2026, a business-scoped `user_id` (alone for a username). */
const contactSchema = z.looseObject({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  profile: z
    .looseObject({ name: z.string().optional(), username: z.string().optional() })
    .optional(),
});

/** The fields of a change this adapter reads; others (`account_update`, …) are not for a channel. */
export const handledFields = new Set(['messages', 'smb_message_echoes', 'history']);

export function parseChange(value: ChangeValue): ParsedChange {
  const out: ParsedChange = {
    messages: [],
    statuses: [],
    echoes: [],
    history: [],
    names: new Map(),
    rejected: [],
  };
  for (const raw of value.contacts ?? []) {
    const c = contactSchema.safeParse(raw);
    const name = c.success ? (c.data.profile?.name ?? c.data.profile?.username) : undefined;
    if (!c.success || !name) continue;
    if (c.data.wa_id) out.names.set(c.data.wa_id, name);
    if (c.data.user_id) out.names.set(c.data.user_id, name);
  }
  const each = <T>(list: string, items: unknown[] | undefined, schema: z.ZodType<T>, into: T[]) => {
    (items ?? []).forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) into.push(parsed.data);
      else out.rejected.push({ list, index, ...idOf(item), problem: parsed.error.message });
    });
  };
  each('messages', value.messages, sender(cloudMessageSchema), out.messages as never[]);
  each('statuses', value.statuses, cloudStatusSchema, out.statuses as never[]);
  each(
    'message_echoes',
    value.message_echoes,
    recipient(cloudMessageSchema),
    out.echoes as never[],
  );
  (value.history ?? []).forEach((chunk, index) => {
    const parsed = historyChunk.safeParse(chunk);
    if (!parsed.success) {
      out.rejected.push({ list: 'history', index, problem: parsed.error.message });
      return;
    }
    for (const thread of parsed.data.threads) {
      const messages: CloudMessage[] = [];
      each(`history thread ${thread.id}`, thread.messages, cloudMessageSchema, messages as never[]);
      for (const message of messages) out.history.push({ thread: thread.id, message });
    }
  });
  return out;
}

/**
 * Inbound messages need a sender the desk can answer: a phone number (with its country
 * code) or a business-scoped user id. A signed delivery naming anything else is refused
 * item by item, before a turn would fail on the reply.
 */
const sender = (schema: typeof cloudMessageSchema) =>
  schema.refine((m) => isAddress(m.from, m.from_user_id), {
    message:
      'a message names its sender by from (a phone number with its country code) or from_user_id (a business-scoped user id)',
  });

/** Echoes need the customer they went to. */
const recipient = (schema: typeof cloudMessageSchema) =>
  schema.refine((m) => isAddress(m.to, m.to_user_id), {
    message:
      'an echo names its recipient by to (a phone number with its country code) or to_user_id (a business-scoped user id)',
  });

function idOf(item: unknown): { id?: string } {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { id } : {};
}
