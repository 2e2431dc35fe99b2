export type { FakeOpenAIServer, FakeOpenAIServerOptions } from './fake-openai-server.js';
export {
  fakeOpenAIServer,
  /** @deprecated Renamed `fakeOpenAIServer` (test helpers that stand in for a remote service are `fakeX`). */
  fakeOpenAIServer as startFakeOpenAIServer,
} from './fake-openai-server.js';
export type {
  FakeHandler,
  FakeStep,
  FakeToolCall,
  FakeUsage,
  RecordedRequest,
} from './fake-steps.js';
export { groundedEcho } from './grounded-echo.js';
