// Plain values the browser widget shares with the server. No imports here: the widget
// bundle takes this file whole, and zod must stay out of it.

/** Where `attach` mounts the socket unless told otherwise; the widget's default too. */
export const DEFAULT_LIVECHAT_PATH = '/parley/livechat';

export const PROTOCOL_VERSION = 1;

/** Close codes the server uses; the widget decides how to reconnect from them. */
export const closeCodes = {
  /** The server is stopping; reconnect with back-off. */
  goingAway: 1001,
  /** A frame or a message text above the size limit. */
  tooBig: 1009,
  /** Something broke on the server. */
  internalError: 1011,
  /** Connection cap reached; reconnect later. */
  tryAgainLater: 1013,
  /** Invalid JSON, unknown frame, frame out of order, wrong protocol version or channel. */
  badFrame: 4400,
  /** Identity refused (CH7): missing, wrong or unverifiable `identifier_hash`. Do not retry. */
  identityRefused: 4401,
  /** No hello in time, or no pong to the server's pings. */
  timeout: 4408,
  /** Rate limit exceeded (per connection or per IP). */
  rateLimited: 4429,
} as const;
