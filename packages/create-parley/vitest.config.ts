import { parleyProject } from '../../vitest.shared.js';

// Only src/: the templates' own tests run in the generated projects (scripts/pack-check.mjs).
export default parleyProject('create-parley');
