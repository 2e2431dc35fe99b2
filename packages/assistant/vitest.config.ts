import { parleyProject } from '../../vitest.shared.js';

// Knowledge files are parsed in a worker thread (P-36), slow to start from source.
export default parleyProject('assistant', { testTimeout: 30_000 });
