// Prelude of @parley/adapter-api's README "one delivery for many channels" snippet.
import { apiChannel, generateInboxToken } from '@parley/adapter-api';
import { createDesk, createMemoryScheduler, createMemoryStore } from '@parley/core';
import { attachToDesk, createWebhookDelivery, generateSecret } from '@parley/webhooks';

export {
  apiChannel,
  attachToDesk,
  createDesk,
  createMemoryScheduler,
  createMemoryStore,
  createWebhookDelivery,
};
export const inboxToken = generateInboxToken();
export const webhookUrl = 'https://crm.example.com/parley';
export const webhookSecret = generateSecret();
