import { parleyProject } from '../../vitest.shared.js';

// Each test starts the whole demo (knowledge ingestion, desk, HTTP server); on a busy
// machine that is more than vitest's default 5 s.
export default parleyProject('example-quickstart', { testTimeout: 20_000 });
