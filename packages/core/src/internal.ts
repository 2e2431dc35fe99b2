// `@parley/core/internal`: helpers for the authors of stores, schedulers and channel
// adapters (Parley's own packages and third parties), kept out of the root entry so a
// host app sees only what it uses. Versioned with the rest of core (same fixed group).

export { toError } from './errors.js';
export type { LocalDate, WallClock } from './hours/zoned-time.js';
export {
  instantAtOrAfter,
  isTimeZone,
  startOfLocalDay,
  startOfLocalMonth,
  wallClock,
} from './hours/zoned-time.js';
export {
  CHAT_ATTACHMENT_TYPES,
  mediaKinds,
  menuOptionSchema,
  messageContentSchema,
} from './model/content.js';
export { LEGACY_STATE_BAG, readConversationState } from './model/conversation-state.js';
export { languageCodeSchema, localize, localizedTextSchema } from './model/localized-text.js';
export type { AddressPolicy, AddressVerdict } from './net/address-policy.js';
export { createAddressPolicy, refusedAddress } from './net/address-policy.js';
export type { FetchBytesOptions, FetchedBytes } from './net/fetch-bytes.js';
export { fetchBytes, httpsUrl } from './net/fetch-bytes.js';
export {
  metaSubscription,
  safeEqual,
  signMetaBody,
  verifyMetaSignature,
} from './net/meta-webhook.js';
export { readBodyCapped, readCapped } from './net/read-capped.js';
export { checkDestination, defaultLookup } from './net/safe-fetch.js';
export { adaptContent, menuAsText } from './outbound/adapt-content.js';
export { splitText } from './outbound/split-text.js';
export { compose } from './pipeline/compose.js';
export { matchMenuOption } from './routing/menu-match.js';
export { type JobDefinition, JobDefinitions } from './scheduler/job-definitions.js';
export { JobHeap } from './scheduler/job-heap.js';
export { freezeMessage } from './store/clone.js';
export { decodeCursor, encodeCursor, matchesInbox, normaliseLimit } from './store/inbox-query.js';
export { compareActivity } from './store/memory-scan.js';
export {
  checkSelector,
  decodeScanCursor,
  encodeScanCursor,
  inRange,
  normaliseScanLimit,
} from './store/scan-query.js';
export { ANONYMISED_CONTENT, REQUIRED_STORE_METHODS } from './store/store.js';
export { hasInboxIndex, hasUsageLedger, withStoreFallbacks } from './store/store-fallbacks.js';
export {
  type BackoffOptions,
  backoffDelay,
  defaultBackoffMs,
  retryAfterMs,
} from './util/backoff.js';
export { newId } from './util/ids.js';
export { formatIssues } from './util/zod-error.js';
