import { z } from 'zod';
import type { CommentEvent } from './comments/comment-to-dm.js';
import { commentRulesSchema } from './comments/rules.js';
import type { InstagramPrivateClient } from './private/client.js';
import type { InstagramMention } from './webhooks/mentions.js';

const secret = (what: string) => z.string().min(1, `give the ${what}`);

const common = {
  /** Comment-to-DM rules of this account (CH4), tried in order. */
  commentRules: commentRulesSchema.default([]),
  /**
   * Comments no rule takes: `ignore` (default) drops them, `inbox` records them in
   * the contact's conversation unanswered, `assistant` lets the route answer them.
   */
  unmatchedComments: z.enum(['ignore', 'inbox', 'assistant']).default('ignore'),
  /** Retries of a rate-limited call before it fails with RATE_LIMITED (default 3). */
  maxRetries: z.number().int().min(0).max(10).default(3),
  /** Told what comment-to-DM did with each comment (rule, answered or repeat, quiz verdict). */
  onComment: z
    .custom<(event: CommentEvent) => void>((v) => typeof v === 'function', 'expected a function')
    .optional(),
};

export const webhookOptionsSchema = z
  .object({
    transport: z.literal('webhooks'),
    /** The Instagram professional account id (the `entry.id` of its webhooks). */
    accountId: z.string().regex(/^\d+$/, 'the Instagram account id is numeric'),
    /** Access token with instagram_business_manage_messages (and _comments for replies). */
    accessToken: secret('access token of the Instagram account'),
    /** The Meta app secret: webhooks are signed with it (X-Hub-Signature-256). */
    appSecret: secret('app secret of the Meta app'),
    /** The token typed into the app's webhook settings, echoed in the handshake. */
    verifyToken: secret('verify token set in the Meta app webhook settings'),
    /** Graph API root with version; Facebook-Login apps use the facebook graph host. */
    graphUrl: z.url({ protocol: /^https?$/ }).default('https://graph.instagram.com/v23.0'),
    fetch: z
      .custom<typeof fetch>((v) => typeof v === 'function', 'expected a fetch function')
      .optional(),
    /** First back-off pause after a rate-limit answer; doubles per retry. */
    retryBaseMs: z.number().int().min(1).default(2000),
    /** Look up the name of a customer writing for the first time (User Profile API). */
    profiles: z.boolean().default(true),
    /** Told when someone @mentions the account in a comment or caption (`mentions` field). */
    onMention: z
      .custom<(mention: InstagramMention) => void>(
        (v) => typeof v === 'function',
        'expected a function',
      )
      .optional(),
    ...common,
  })
  .strict();

export const privateOptionsSchema = z
  .object({
    transport: z.literal('private'),
    username: z.string().min(1, 'give the Instagram username'),
    /** Needed for the first login; later starts reuse the saved session. */
    password: z.string().min(1).optional(),
    /** Defaults to `igPrivateClient()` over instagram-private-api. */
    client: z
      .custom<InstagramPrivateClient>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as InstagramPrivateClient).login === 'function',
        'expected an InstagramPrivateClient such as igPrivateClient()',
      )
      .optional(),
    /** How often the direct inbox is read (default 20 s). */
    pollIntervalMs: z.number().int().min(1000).default(20_000),
    /** How often recent posts' comments are read (default 60 s). */
    commentPollIntervalMs: z.number().int().min(1000).default(60_000),
    /** How many of the newest posts `posts: 'all'` rules watch (default 6). */
    recentPosts: z.number().int().min(1).max(50).default(6),
    /** Longest pause between polls while Instagram refuses them (default 15 min). */
    maxBackoffMs: z
      .number()
      .int()
      .min(1000)
      .default(15 * 60_000),
    /** Also read message requests from people the account does not follow (default true). */
    messageRequests: z.boolean().default(true),
    ...common,
  })
  .strict();

export const instagramOptionsSchema = z.discriminatedUnion('transport', [
  webhookOptionsSchema,
  privateOptionsSchema,
]);

export type InstagramOptions = z.input<typeof instagramOptionsSchema>;
export type InstagramWebhookOptions = z.input<typeof webhookOptionsSchema>;
export type InstagramPrivateOptions = z.input<typeof privateOptionsSchema>;
