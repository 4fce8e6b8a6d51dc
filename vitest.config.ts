import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  define: { __BROWSER__: JSON.stringify('chrome'), __PROBE__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20000,
  },
});
