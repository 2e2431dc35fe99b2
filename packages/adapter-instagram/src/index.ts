export {
  signMetaBody as signBody,
  verifyMetaSignature as verifySignature,
} from '@parley/core/internal';
export type { ChannelState, PendingComment } from './channel-state.js';
export type { CommentEvent, CommentOutcome } from './comments/comment-to-dm.js';
export type {
  CommentAction,
  CommentMatcher,
  CommentRule,
  CommentRuleInput,
} from './comments/rules.js';
export { commentRuleSchema } from './comments/rules.js';
export type { InstagramAdapter } from './instagram.js';
export { instagram } from './instagram.js';
export type {
  InstagramOptions,
  InstagramPrivateOptions,
  InstagramWebhookOptions,
} from './options.js';
export type {
  InstagramPrivateClient,
  PrivateAuthResult,
  PrivateComment,
  PrivateDirectItem,
  PrivateInboxPage,
  PrivateMedia,
  PrivateSession,
  PrivateThread,
  PrivateUser,
} from './private/client.js';
export type { IgPrivateClientOptions } from './private/ig-private-client.js';
export { igPrivateClient } from './private/ig-private-client.js';
export type { InstagramMention } from './webhooks/mentions.js';
