import { defineProject } from 'vitest/config';

// Vite applies `resolve.conditions` to the client environment only; tests run in the
// SSR environment, which needs the `@parley/source` condition too.
const conditions = ['@parley/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'store-postgres',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Opening PGlite (Postgres in WebAssembly) takes seconds on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
