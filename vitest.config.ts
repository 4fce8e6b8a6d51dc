import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

const shared = {
  environment: 'happy-dom' as const,
  setupFiles: ['fake-indexeddb/auto'],
  testTimeout: 20000,
  hookTimeout: 20000,
};

/**
 * Calendar dates must not move with the machine's time zone: the date-sensitive suites run again
 * with the process in a zone west of UTC and one east of the date line.
 */
const DATE_SENSITIVE = [
  'tests/unit/domain/**/*.test.ts',
  'tests/unit/context/dates.test.ts',
  'tests/unit/sidepanel/**/*.test.{ts,tsx}',
  'tests/fixtures/**/*.test.ts',
];

/**
 * Everything that reads or writes client records runs again with a passphrase set, so each store
 * path is shown to work on sealed records. Migrations seed raw older schemas and stay out.
 */
const SEALED_AGAIN = [
  'tests/unit/store/**/*.test.ts',
  'tests/unit/sidepanel/**/*.test.{ts,tsx}',
  'tests/unit/background/{shortcuts,tooltip,due-notify}.test.ts',
  'tests/unit/backup/**/*.test.ts',
];

export default defineConfig({
  plugins: [preact()],
  define: { __BROWSER__: JSON.stringify('chrome'), __PROBE__: 'false', __LEAK_PROBE__: 'false', __DEMO_ADAPTERS__: 'true' },
  test: {
    // Vitest's default in a run is one worker fewer than the cores: on CI's two cores, one.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/sync/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { ...shared, name: 'sealed', include: SEALED_AGAIN, exclude: ['tests/unit/store/migrations.test.ts'], env: { RAPPORT_SEALED: '1' } },
      },
      ...['America/Los_Angeles', 'Pacific/Auckland'].map((timeZone) => ({
        extends: true as const,
        test: { ...shared, name: `tz ${timeZone}`, include: DATE_SENSITIVE, env: { TZ: timeZone } },
      })),
    ],
  },
});
