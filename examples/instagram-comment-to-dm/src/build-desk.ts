import type { InstagramAdapter } from '@parley/adapter-instagram';
import { type Clock, contentText, createDesk, createMemoryStore, type Desk } from '@parley/core';
import { shopAssistant } from './shop-assistant.js';

/**
 * The desk of the example: one Instagram channel answered by the shop assistant. The
 * channel answers the comments its rules take by itself; the assistant answers the
 * DMs after. `log` receives a line per event.
 */
export function buildDesk(
  adapter: InstagramAdapter,
  options: { clock?: Clock; log: (line: string) => void },
): Desk {
  const desk = createDesk({
    ...(options.clock !== undefined && { clock: options.clock }),
    store: createMemoryStore(options.clock !== undefined ? { clock: options.clock } : {}),
    teams: [{ id: 'shop-team', name: 'Shop team' }],
    assistants: [{ id: 'shop', assistant: shopAssistant, backupTeam: 'shop-team' }],
    channels: [{ id: 'instagram', name: 'Instagram', adapter, route: { assistant: 'shop' } }],
  });
  desk.on('message.received', ({ message }) =>
    options.log(`← ${message.content.type}: ${contentText(message.content)}`),
  );
  desk.on('message.sent', ({ message }) => options.log(`→ dm: ${contentText(message.content)}`));
  desk.on('message.failed', ({ error }) => options.log(`✗ send failed: ${error.message}`));
  desk.on('channel.status', ({ update }) =>
    options.log(`● instagram ${update.state}${update.detail ? `: ${update.detail}` : ''}`),
  );
  desk.on('error', ({ error, stage }) => options.log(`✗ ${stage}: ${error.message}`));
  return desk;
}
