export type {
  FakeBaileys,
  FakeBaileysOptions,
  FakeBaileysSocket,
  FakeSent,
} from './fake-baileys.js';
export { fakeBaileys } from './fake-baileys.js';
export type { FakeGraphServer, GraphRequest } from './fake-graph.js';
export { fakeGraphServer } from './fake-graph.js';
export { contentFromSent } from './sent-content.js';
export { whatsappWebhookRequest } from './webhook-request.js';
