export type { ApiChannel } from './api-channel.js';
export { apiChannel } from './api-channel.js';
export type { ApiContact } from './contact-book.js';
export { generateInboxToken } from './http/inbox-token.js';
export { IDENTITY_HEADER } from './identity.js';
export type { ApiChannelOptions, ApiDeliveryOptions } from './options.js';
export type { ApiChannelWebhook } from './webhook/channel-webhook.js';
export { MESSAGE_EVENT } from './webhook/channel-webhook.js';
