import { defineConfig } from 'vitest/config';

/** Real-browser tests: run after `npm run build`, one Chromium per file, files one at a time (2 cores). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
