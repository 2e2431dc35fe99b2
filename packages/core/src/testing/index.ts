export type { FakeClock } from './fake-clock.js';
export { createFakeClock, flushMicrotasks } from './fake-clock.js';
