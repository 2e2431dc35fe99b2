import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

// Workspace packages resolve to their `src/` through the `@parley/source` export
// condition. Vite applies `resolve.conditions` to the client environment only and
// tests run in the SSR environment, so both get it (externalConditions covers
// dependencies Vite leaves to Node).
const conditions = ['@parley/source'];

/** The vitest project config of one workspace package or example. */
export function parleyProject(
  name: string,
  test: NonNullable<UserWorkspaceConfig['test']> = {},
): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    test: { name, include: ['src/**/*.test.ts', 'test/**/*.test.ts'], ...test },
  });
}
