export type { FakeOpenAIServer, FakeOpenAIServerOptions } from './fake-openai-server.js';
export { startFakeOpenAIServer } from './fake-openai-server.js';
export type {
  FakeHandler,
  FakeStep,
  FakeToolCall,
  FakeUsage,
  RecordedRequest,
} from './fake-steps.js';
export { groundedEcho } from './grounded-echo.js';
