// Prelude of @parley/webhooks's README "desk events" snippet: a store for the plug-in,
// and a desk and delivery engine for attachToDesk.
import { createDesk, createMemoryStore } from '@parley/core';
import { createWebhookDelivery } from '@parley/webhooks';

export { createDesk };
export const store = createMemoryStore();
export const desk = createDesk({});
export const delivery = createWebhookDelivery({ store: desk.store });
