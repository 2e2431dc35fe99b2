export type {
  ChannelAdapter,
  ChannelCapabilities,
  ChannelContext,
  ChannelStatusUpdate,
  InboundMessage,
  InboundSender,
  OutboundMessage,
  ReceiveOutcome,
  SendReceipt,
} from './channel/adapter.js';
export type { Clock, TimerHandle } from './clock.js';
export { sleep, systemClock } from './clock.js';
export type { ParleyErrorCode, ParleyErrorOptions } from './errors.js';
export { errorCodes, ParleyError, toError } from './errors.js';
export type { Logger } from './logger.js';
export { consoleLogger, silentLogger } from './logger.js';
export type {
  MediaContent,
  MediaKind,
  MenuContent,
  MenuOption,
  MessageContent,
  TextContent,
} from './model/content.js';
export {
  contentText,
  mediaKinds,
  menuOptionSchema,
  messageContentSchema,
} from './model/content.js';
export type {
  Contact,
  ContactIdentity,
  ContactNote,
  Conversation,
  ConversationHandler,
  ConversationOrigin,
  ConversationStatus,
  Message,
  MessageAuthor,
  MessageDirection,
  MessageSnippet,
  MessageStatus,
  Referral,
} from './model/records.js';
export { DEFAULT_TENANT } from './model/records.js';
export type {
  InboxQuery,
  InboxRow,
  KeyValue,
  Page,
  Store,
  UsageFilter,
  UsageRecord,
  UsageTotals,
} from './store/store.js';
export { formatIssues, parseOrThrow } from './util/zod-error.js';
export type { Job, JobHandler, JobHandlerOptions, Scheduler } from './scheduler/scheduler.js';
