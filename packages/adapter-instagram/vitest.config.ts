import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@parley/source'] },
  // Tests run in Vite's SSR environment, whose resolve conditions are set apart from the
  // client's: both need `@parley/source` so workspace packages resolve to their `src/`.
  ssr: { resolve: { conditions: ['@parley/source'] } },
  test: { name: 'adapter-instagram', include: ['src/**/*.test.ts'] },
});
