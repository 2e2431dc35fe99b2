import { z } from 'zod';

/**
 * The live-chat wire protocol, shared by the server and the widget. Frames are JSON
 * text messages with a `type`. The widget imports only the *types* from this file
 * (zod stays out of the browser bundle); `widget/frames.ts` mirrors the server-frame
 * checks by hand and a test holds the two to the same samples.
 */
export { closeCodes, PROTOCOL_VERSION } from './constants.js';

/** Client message ids: chosen by the widget, unique per visitor, used for dedupe. */
export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1-64 letters, digits, "_" or "-"');

const optionSchema = z.object({
  id: z.string().min(1).max(256),
  title: z.string().min(1).max(1000),
  description: z.string().max(1000).optional(),
});

const textContent = z.object({ type: z.literal('text'), text: z.string().min(1) });
const choiceContent = z.object({
  type: z.literal('choice'),
  optionId: z.string().min(1).max(256),
  title: z.string().max(1000).optional(),
});
const menuContent = z.object({
  type: z.literal('menu'),
  text: z.string().min(1),
  options: z.array(optionSchema).min(1).max(20),
});
const mediaContent = z.object({
  type: z.literal('media'),
  kind: z.enum(['image', 'audio', 'video', 'document']),
  url: z.string().min(1),
  mimeType: z.string().optional(),
  fileName: z.string().optional(),
  caption: z.string().optional(),
});

/** What a visitor may send: text, or a menu button click (RT2). */
export const visitorContentSchema = z.discriminatedUnion('type', [textContent, choiceContent]);
export type VisitorContent = z.infer<typeof visitorContentSchema>;

/** Content as it travels to the widget (history holds both directions). */
export const wireContentSchema = z.discriminatedUnion('type', [
  textContent,
  choiceContent,
  menuContent,
  mediaContent,
]);
export type WireContent = z.infer<typeof wireContentSchema>;

/**
 * Who wrote a business message, as the visitor sees it: an operator ("Maria") or an
 * assistant (its name). Absent for the visitor's own and for system messages.
 */
export const wireAuthorSchema = z.object({
  kind: z.enum(['operator', 'assistant']),
  /** Display name from the desk's team or assistant configuration. */
  name: z.string().min(1).max(200).optional(),
});
export type WireAuthor = z.infer<typeof wireAuthorSchema>;

/** One message of a visitor's conversation, in history and live. */
export const wireMessageSchema = z.object({
  /** The visitor's client id (inbound) or Parley's message id (outbound). */
  id: z.string().min(1),
  /** `in`: the visitor wrote it. `out`: the business did. */
  dir: z.enum(['in', 'out']),
  content: wireContentSchema,
  /** Epoch milliseconds on the server's clock. */
  at: z.number(),
  /** Outbound only: the visitor has read it. Inbound only: the business has read it. */
  read: z.boolean().optional(),
  /** Outbound only: the operator or assistant who wrote it. */
  author: wireAuthorSchema.optional(),
});
export type WireMessage = z.infer<typeof wireMessageSchema>;

export const identityClaimSchema = z.object({
  identifier: z.string().min(1).max(256),
  /** Hex HMAC-SHA256 of `identifier` under the channel's identity secret (CH7). */
  identifier_hash: z.string().max(128).optional(),
});

export const helloFrameSchema = z.object({
  type: z.literal('hello'),
  v: z.number().int(),
  /** The desk channel id the widget was configured with (`data-channel`). */
  channel: z.string().max(128).optional(),
  /** Resume token from an earlier `welcome`. */
  token: z.string().max(128).optional(),
  identity: identityClaimSchema.optional(),
  profile: z
    .object({
      name: z.string().max(200).optional(),
      email: z.string().max(320).optional(),
      phone: z.string().max(40).optional(),
    })
    .optional(),
  /** The widget's language (`data-lang`): becomes the conversation's language. */
  lang: z.string().max(35).optional(),
});

/** The team as the visitor sees it before writing (the `status` option). */
export const teamStatusSchema = z.object({
  /** `online`: someone answers now. `away`: the widget asks for an email to reply to. */
  status: z.enum(['online', 'away']),
  /** "We usually reply in a few minutes", in the visitor's language. */
  replyTime: z.string().min(1).max(200).optional(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

/** Frames the widget (or any client) sends. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  helloFrameSchema,
  z.object({ type: z.literal('message'), id: clientIdSchema, content: visitorContentSchema }),
  z.object({ type: z.literal('typing'), on: z.boolean() }),
  z.object({ type: z.literal('read'), ids: z.array(z.string().max(128)).min(1).max(100) }),
  z.object({ type: z.literal('pong') }),
  /** A file (image, PDF) the visitor sends, base64 in the frame; checked by its bytes. */
  z.object({
    type: z.literal('upload'),
    id: clientIdSchema,
    name: z.string().min(1).max(200),
    data: z.string().min(1),
    caption: z.string().max(1000).optional(),
  }),
  /** Asks for the bytes of a file of this visitor's conversation (`livechat-file:` links). */
  z.object({ type: z.literal('file'), id: z.string().min(1).max(64) }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;
export type HelloFrame = z.infer<typeof helloFrameSchema>;

export const ackStatuses = ['accepted', 'duplicate', 'ignored', 'failed'] as const;

/** Frames the server sends. */
export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    v: z.number().int(),
    /** The visitor's address on the channel (what `desk.send({ to })` takes). */
    visitorId: z.string().min(1),
    /** Resume token: keep it (localStorage) and send it in the next hello. */
    token: z.string().min(1),
    resumed: z.boolean(),
    identified: z.boolean(),
    history: z.array(wireMessageSchema),
    maxMessageChars: z.number().int().positive(),
    /** The server pings this often; silence for much longer means the link is dead. */
    heartbeatMs: z.number().int().positive(),
    /** Files the visitor may send: largest size and accepted types. Absent: none. */
    upload: z
      .object({ maxBytes: z.number().int().positive(), types: z.array(z.string()) })
      .optional(),
    /** Online/away and the expected reply time, when the host tells the channel. */
    team: teamStatusSchema.optional(),
  }),
  z.object({ type: z.literal('message'), message: wireMessageSchema }),
  z.object({ type: z.literal('ack'), id: z.string().min(1), status: z.enum(ackStatuses) }),
  z.object({ type: z.literal('typing'), on: z.boolean(), author: wireAuthorSchema.optional() }),
  z.object({ type: z.literal('read'), ids: z.array(z.string()) }),
  z.object({ type: z.literal('ping') }),
  /**
   * A reply shown while the model writes it: the draft's text becomes its first `from`
   * characters plus `text` (from 0 when the model starts over). `done` removes it; the
   * finished reply arrives as a `message` (recorded once).
   */
  /** The bytes of a `livechat-file:` link the widget asked for (`file`), base64. */
  z.object({
    type: z.literal('file'),
    id: z.string().min(1),
    mimeType: z.string(),
    data: z.string(),
  }),
  z.object({
    type: z.literal('draft'),
    id: z.string().min(1).max(64),
    from: z.number().int().min(0),
    text: z.string(),
    done: z.boolean().optional(),
    author: wireAuthorSchema.optional(),
  }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
export type WelcomeFrame = Extract<ServerFrame, { type: 'welcome' }>;
export type AckStatus = (typeof ackStatuses)[number];
