export { DEFAULT_LIVECHAT_PATH } from './constants.js';
export type { LivechatEventName, LivechatEvents } from './events.js';
export { signVisitorIdentity, verifyVisitorIdentity } from './identity.js';
export type { AttachOptions, LivechatChannel } from './livechat.js';
export { livechat } from './livechat.js';
export type { LivechatConfig, LivechatOptions } from './options.js';
export type {
  AckStatus,
  ClientFrame,
  HelloFrame,
  ServerFrame,
  VisitorContent,
  WelcomeFrame,
  WireAuthor,
  WireContent,
  WireMessage,
} from './protocol.js';
export {
  clientFrameSchema,
  closeCodes,
  PROTOCOL_VERSION,
  serverFrameSchema,
} from './protocol.js';
export type { LivechatFanout } from './server/relay.js';
export { widgetScript } from './widget-script.js';
