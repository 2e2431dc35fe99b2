// The Parley side every framework mounts: a desk with an API channel (a Web-standard
// `fetch(Request) => Response` handler) and a live-chat channel (a WebSocket on the
// host's HTTP server). The framework files only differ in how they hand requests over.
import { apiChannel, generateInboxToken } from '@parley/adapter-api';
import { type LivechatChannel, livechat } from '@parley/adapter-livechat';
import { createDesk, type Desk } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { generateSecret } from '@parley/webhooks';

export interface ParleyOptions {
  /** Where the API channel lives under your app, e.g. `/parley/api`. */
  basePath: string;
  /** Your system's endpoint for outbound messages (signed Standard Webhooks). */
  webhookUrl: string;
  webhookSecret?: string;
  inboxToken?: string;
  /** Only for a receiver on this machine (tests, local demos). */
  allowPrivateNetworks?: boolean;
  /**
   * The pages that may open the live-chat socket: your site's origins
   * (`['https://shop.example']`) or a check. Without it every origin is refused (P-18).
   */
  allowedOrigins?: string[] | ((origin: string | undefined) => boolean);
}

export interface Parley {
  desk: Desk;
  api: ReturnType<typeof apiChannel>;
  chat: LivechatChannel;
  inboxToken: string;
  webhookSecret: string;
}

/** Builds and starts the desk; call once per process and share the result. */
export async function startParley(options: ParleyOptions): Promise<Parley> {
  const inboxToken = options.inboxToken ?? generateInboxToken();
  const webhookSecret = options.webhookSecret ?? generateSecret();
  const api = apiChannel({
    inboxToken,
    webhookUrl: options.webhookUrl,
    webhookSecret,
    basePath: options.basePath,
    ...(options.allowPrivateNetworks && { deliveryOptions: { allowPrivateNetworks: true } }),
  });
  const chat = livechat({
    ...(options.allowedOrigins !== undefined && { allowedOrigins: options.allowedOrigins }),
  });
  const desk = createDesk({
    // An echo bot; use openaiAssistant() or faqAssistant() from @parley/assistant.
    assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'support' }],
    teams: [{ id: 'support' }],
    channels: [
      { id: 'api', adapter: api, route: { assistant: 'bot' } },
      { id: 'web', adapter: chat, route: { assistant: 'bot' } },
    ],
  });
  await desk.start();
  return { desk, api, chat, inboxToken, webhookSecret };
}
