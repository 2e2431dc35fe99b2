import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@parley/source'] },
  ssr: { resolve: { conditions: ['@parley/source'] } },
  test: { name: 'example-instagram-comment-to-dm', include: ['src/**/*.test.ts'] },
});
