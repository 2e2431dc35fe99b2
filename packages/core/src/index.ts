export type {
  Assistant,
  AssistantInput,
  AssistantResult,
  AssistantUsage,
  RespondOptions,
} from './assistant/assistant.js';
export type {
  KnowledgeCitation,
  KnowledgeHit,
  KnowledgeSearchOptions,
  KnowledgeSource,
} from './assistant/knowledge.js';
export type {
  ChannelAdapter,
  ChannelCapabilities,
  ChannelContext,
  ChannelStatusUpdate,
  ContactPatch,
  InboundMessage,
  InboundSender,
  OutboundMessage,
  ReceiveOptions,
  ReceiveOutcome,
  ReplyDraft,
  SendReceipt,
  ShownAuthor,
} from './channel/adapter.js';
export { type SendBudget, sendBudgetKey } from './channel/send-budget.js';
export type { ChannelTurnContext, TurnChannel } from './channel/turn-context.js';
export type {
  CustomerSendOptions,
  MemoryChannel,
  MemoryChannelOptions,
  MemoryCustomer,
} from './channels/memory-channel.js';
export { memoryChannel } from './channels/memory-channel.js';
export type { Clock, TimerHandle } from './clock.js';
export { sleep, systemClock } from './clock.js';
export type { CsatResponse } from './csat/csat-response.js';
export type { Csat, CsatAverages, CsatFilter, CsatScore } from './csat/report.js';
export { parseScore as parseCsatScore } from './csat/score.js';
export type { RateLimitConfig } from './desk/channel-features-schema.js';
export type { Channels } from './desk/channel-registry.js';
export { createDesk } from './desk/create-desk.js';
export type { Desk, SendOptions, SendTarget, TenantView } from './desk/desk.js';
export type { MediaOptions } from './desk/media-options.js';
export type {
  AssistantConfig,
  AssistantOptions,
  ChannelConfig,
  ChannelOptions,
  DeskOptions,
  RouteTarget,
  TenantOptions,
} from './desk/options.js';
export type { ParleyErrorCode, ParleyErrorOptions } from './errors.js';
export { errorCodes, ParleyError } from './errors.js';
export type { DeskEventName, DeskEvents } from './events.js';
export type { BusinessHours } from './hours/business-hours.js';
export { createBusinessHours } from './hours/business-hours.js';
export type { BusinessHoursOptions } from './hours/hours-schema.js';
export type { Listening, ListenOptions } from './http/listen.js';
export { listen } from './http/listen.js';
export type { Contacts } from './inbox/contacts.js';
export type { Inbox } from './inbox/inbox.js';
export type { InboxItem } from './inbox/inbox-row.js';
export type { Lead, LeadOptions, Sale, SaleOptions } from './inbox/outcomes.js';
export type { TransferTarget } from './inbox/transfer.js';
export type { LimitCounter, LimitCounterOptions, PaceLimit, PaceSlot } from './limits/counter.js';
export { createLimitCounter } from './limits/counter.js';
export { limitCounterKey, messageLimits } from './limits/message-limits-plugin.js';
export type { MessageLimitsLookup, MessageLimitsOptions } from './limits/message-limits-schema.js';
export type { Logger } from './logger.js';
export { consoleLogger, silentLogger } from './logger.js';
export type { MessageCitation } from './model/citation.js';
export { messageCitationSchema } from './model/citation.js';
export type {
  MediaContent,
  MediaKind,
  MenuContent,
  MenuOption,
  MessageContent,
  TemplateContent,
  TextContent,
} from './model/content.js';
export { contentText } from './model/content.js';
export type {
  BurstState,
  ConversationState,
  HandoffState,
  MenuState,
  SummaryState,
  SurveyState,
  TransferState,
} from './model/conversation-state.js';
export { pluginState, withPluginState } from './model/conversation-state.js';
export type { LocalizedText } from './model/localized-text.js';
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
export type { NetworkPolicyOptions } from './net/address-policy.js';
export type { FetchLike, Lookup, SafeFetch, SafeFetchOptions } from './net/safe-fetch.js';
export { createSafeFetch } from './net/safe-fetch.js';
export type {
  OutboundChannel,
  OutboundContext,
  OutboundPart,
} from './outbound/outbound-context.js';
export type { Middleware } from './pipeline/compose.js';
export type { TurnContext } from './pipeline/turn-context.js';
export type { PluginErasure, PluginScans } from './plugins/data-access.js';
export type {
  CreateDeskOptions,
  DeskPlugin,
  PluginApi,
  PluginDesk,
  PluginJob,
  PluginJobs,
  PluginQueries,
} from './plugins/plugin.js';
export { type ServiceKey, serviceKey } from './plugins/service-key.js';
export type { RedactionOptions } from './redact.js';
export { DEFAULT_REDACT_PATHS, redactingLogger, scrubText } from './redact.js';
export type {
  CostSummary,
  CsatSummary,
  DurationStats,
  Report,
  ReportDimension,
  ReportFigures,
  ReportQuery,
  Reports,
} from './reports/report-types.js';
export type { IgnoredMessage } from './routing/ignored.js';
export type { MenuOptions } from './routing/menu-schema.js';
export { normalisePhone } from './routing/phone.js';
export type { RouteReason } from './routing/route-reason.js';
export type { RuleOptions } from './routing/rule-schema.js';
export { createMemoryScheduler } from './scheduler/memory-scheduler.js';
export type { Job, JobHandler, JobHandlerOptions, Scheduler } from './scheduler/scheduler.js';
export type { MemoryStoreOptions } from './store/memory-store.js';
export { createMemoryStore } from './store/memory-store.js';
export type {
  ContactRecords,
  ContactScan,
  ConversationRecords,
  ConversationScan,
  DataStore,
  DeskStore,
  ExclusiveOptions,
  ExportScans,
  InboundRecords,
  InboxIndex,
  InboxQuery,
  InboxRow,
  KeyValue,
  KeyValueStore,
  MessageRecords,
  MessageScan,
  MessageSelector,
  Page,
  RecordStore,
  ScanQuery,
  Store,
  TimeRange,
  UsageFilter,
  UsageLedger,
  UsageRecord,
  UsageScan,
  UsageTotals,
} from './store/store.js';
export type { StoreWrite } from './store/store-write.js';
export type { OperatorOptions, Presence, TeamOptions } from './teams/team-schema.js';
export type { OperatorInfo, TeamInfo, Teams } from './teams/teams-api.js';
export { foldText } from './util/text.js';
export { parseOrThrow } from './util/zod-error.js';
