import { defineProject } from 'vitest/config';

// Vite applies `resolve.conditions` to the client environment only; tests run in the
// SSR environment, which needs the `@parley/source` condition too.
const conditions = ['@parley/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Files are parsed in a worker thread (P-36); from source its first start loads
  // exceljs and tsx again, which takes seconds on a busy machine.
  test: { name: 'kb', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
