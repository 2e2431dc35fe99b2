import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@parley/source'] },
  test: { name: 'webhooks', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
