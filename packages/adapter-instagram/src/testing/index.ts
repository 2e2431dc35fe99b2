export type {
  FakeGraph,
  FakeGraphOptions,
  GraphFailure,
  GraphRequest,
  SentMessage,
} from './fake-graph.js';
export { createFakeGraph } from './fake-graph.js';
export {
  commentChange,
  directMessageEvent,
  signedWebhookRequest,
  webhookDelivery,
} from './webhooks.js';
