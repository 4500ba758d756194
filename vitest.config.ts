import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'db/**/*.test.ts', 'digests/**/*.test.ts'],
    // CLI and database tests spawn processes and open files; two cores on CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
