import { defineProject } from 'vitest/config';

// Tests run in Vite's SSR environment, whose resolve conditions are set apart from the
// client's: both need `@parley/source` so workspace packages resolve to their `src/`.
const conditions = ['@parley/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { name: 'adapter-whatsapp', include: ['src/**/*.test.ts'] },
});
