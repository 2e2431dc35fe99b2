// Prelude of @parley/core's README "Routing" snippet: an assistant and a channel to route.
import { type Assistant, createDesk, memoryChannel } from '@parley/core';

export { createDesk };
export const web = memoryChannel();
export const assistant: Assistant = {
  async respond() {
    return { type: 'reply', messages: [{ type: 'text', text: 'Hi!' }] };
  },
};
