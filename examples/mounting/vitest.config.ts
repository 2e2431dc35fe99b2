import { parleyProject } from '../../vitest.shared.js';

export default parleyProject('example-mounting');
