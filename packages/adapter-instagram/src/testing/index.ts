export type {
  FakeGraph,
  FakeGraphOptions,
  GraphFailure,
  GraphRequest,
  SentMessage,
} from './fake-graph.js';
export {
  /** @deprecated Renamed `fakeGraphServer`, as in `@parley/adapter-whatsapp/testing`. */
  fakeGraphServer as createFakeGraph,
  fakeGraphServer,
} from './fake-graph.js';
export {
  commentChange,
  directMessageEvent,
  signedWebhookRequest,
  webhookDelivery,
} from './webhooks.js';
