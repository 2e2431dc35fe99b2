import { defineConfig } from 'vitest/config';

// One root config: `pnpm exec vitest run` runs every project. Packages are resolved from
// their `src/` through the `@parley/source` export condition, so no build is needed.
export default defineConfig({
  resolve: { conditions: ['@parley/source'] },
  test: {
    projects: ['packages/*', 'examples/*'],
  },
});
