import { parleyProject } from '../../vitest.shared.js';

// The export memory test measures the heap, so it may collect garbage on demand.
export default parleyProject('data', {
  pool: 'forks',
  execArgv: ['--expose-gc'],
  testTimeout: 120_000,
});
