import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium (and a Firefox smoke run), one file at a time. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
