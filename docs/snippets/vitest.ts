// Prelude of snippets written as the body of a vitest test.
export { expect } from 'vitest';
