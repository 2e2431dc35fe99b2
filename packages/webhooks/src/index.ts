// The SSRF guard lives in core (media downloads and the external KB use it too);
// re-exported here so webhook code keeps one import.

export type {
  FetchLike,
  Lookup,
  NetworkPolicyOptions,
  SafeFetch,
  SafeFetchOptions,
} from '@parley/core';
export { createSafeFetch } from '@parley/core';
export type { AddressPolicy, AddressVerdict } from '@parley/core/internal';
export { checkDestination, createAddressPolicy } from '@parley/core/internal';
export type {
  DeliverOptions,
  DeliverResult,
  DeliveryFilter,
  WebhookDelivery,
  WebhookDeliveryOptions,
} from './delivery/api.js';
export type { AttachOptions, EventSource } from './delivery/attach-to-desk.js';
export { attachToDesk } from './delivery/attach-to-desk.js';
export { createWebhookDelivery, RETRY_JOB_TYPE } from './delivery/create-delivery.js';
export { DEFAULT_ROTATION_OVERLAP_MS } from './delivery/endpoints.js';
export { matchesType } from './delivery/event-types.js';
export type { BinaryMode } from './delivery/payload.js';
export { serializeEvent } from './delivery/payload.js';
export { DEFAULT_RETRY_SCHEDULE_MS } from './delivery/retry.js';
export type {
  DeliveryAttempt,
  DeliveryEvent,
  DeliveryRecord,
  DeliveryStatus,
  EndpointInput,
  EndpointPatch,
  WebhookEndpoint,
} from './delivery/types.js';
export type { WebhooksOptions, WebhooksPlugin } from './delivery/webhooks-plugin.js';
export { webhooks } from './delivery/webhooks-plugin.js';
export type { Dedupe } from './receive/dedupe.js';
export { DEFAULT_DEDUPE_TTL_MS, memoryDedupe, storeDedupe } from './receive/dedupe.js';
export type { WebhookEvent } from './receive/event.js';
export { DEFAULT_MAX_BODY_BYTES } from './receive/event.js';
export type {
  NodeWebhookRequest,
  WebhookMiddleware,
  WebhookMiddlewareOptions,
} from './receive/node.js';
export { webhookMiddleware } from './receive/node.js';
export type { ReceiverOptions, WebhookHandlerOptions } from './receive/web.js';
export { createWebhookHandler, verifyRequest } from './receive/web.js';
export type { HeadersInput } from './signing/headers.js';
export type { IdentityInput } from './signing/identity.js';
export { identityHash, verifyIdentityHash } from './signing/identity.js';
export {
  generateKeyPair,
  generateSecret,
  PUBLIC_KEY_PREFIX,
  publicKeyOf,
  SECRET_KEY_PREFIX,
  SECRET_PREFIX,
} from './signing/keys.js';
export type { Signer, SignInput, WebhookHeaders } from './signing/sign.js';
export { createSigner, sign, signHeaders } from './signing/sign.js';
export type { SignedRequestInput } from './signing/signed-request.js';
export { createSignedRequest } from './signing/signed-request.js';
export type { VerifiedWebhook, Verifier, VerifyOptions } from './signing/verify.js';
export { createVerifier, verifyWebhook } from './signing/verify.js';
export type { VerificationFailure } from './signing/verify-error.js';
export { verificationFailureOf } from './signing/verify-error.js';
