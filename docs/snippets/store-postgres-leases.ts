// Prelude of @parley/store-postgres's README "channel leases" snippet: the desk's teams and
// assistants, the WhatsApp adapter, and a visitor's socket.
import type { Assistant } from '@parley/core';

export { baileys, whatsapp } from '@parley/adapter-whatsapp';
export { createDesk } from '@parley/core';
export const teams = [{ id: 'support' }];
const assistant: Assistant = {
  async respond() {
    return { type: 'reply', messages: [{ type: 'text', text: 'Hi!' }] };
  },
};
export const assistants = [{ id: 'bot', assistant, backupTeam: 'support' }];
/** The visitor's socket (a `ws` WebSocket in a real server). */
export declare const socket: { send(data: string): void };
