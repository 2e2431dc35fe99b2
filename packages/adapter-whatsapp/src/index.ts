/** `(appSecret, body)` → `sha256=<hex>`, as Meta signs webhooks (local replays, tests). */
export { signMetaBody as signWhatsAppWebhook } from '@parley/core/internal';
export type { WhatsAppAdapter } from './adapter-types.js';
export type { BaileysSocket, MakeSocket } from './baileys/socket.js';
export type { BaileysOptions, BaileysTransport } from './baileys/transport.js';
export { baileys } from './baileys/transport.js';
export type { CloudApiOptions, CloudApiTransport } from './cloud/transport.js';
export { cloudApi } from './cloud/transport.js';
export type { MediaLocator } from './media-locator.js';
export { decodeMediaLocator } from './media-locator.js';
export type { DeliveryStatus, PacingOptions, ReadReceipts } from './options.js';
export { whatsappAddress } from './phone.js';
export type { WhatsAppTemplate } from './template.js';
export type { WhatsAppOptions } from './whatsapp.js';
export { whatsapp } from './whatsapp.js';
