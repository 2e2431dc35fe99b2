export type {
  ReceivedRequest,
  ReceiverReply,
  ReplyFunction,
  TestReceiver,
} from './test-receiver.js';
export { createTestReceiver } from './test-receiver.js';
