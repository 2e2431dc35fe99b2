import { defineProject } from 'vitest/config';

// Vite applies `resolve.conditions` to the client environment only; tests run in the
// SSR environment, which needs the `@parley/source` condition too.
const conditions = ['@parley/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { name: 'kb', include: ['src/**/*.test.ts'] },
});
