import { defineConfig } from 'vitest/config';

/**
 * Files that measure or race time (CPU throttling and long tasks, a worker stopped after a delay, a
 * first-panel deadline on a sealed profile): they run one at a time after the rest, so a second
 * Chromium beside them cannot move what they measure. Not the first-paint budget: it counts gzip
 * bytes of the built panel, which load cannot move, so it runs in the main group. Waiting on real
 * alarms (notifications) is not among them: it passes beside another file and only waits; nor are
 * the page attacks, which wait until every frame has reported, however long that takes. The corpus
 * and mirror file (snapshot) reads some 350 pages flat out, on two renderers to use both cores: with
 * one renderer beside another file, that file's browser was starved past its 10 s polls (CI: a
 * panel's suggestion, a jump-back and a sync push, all late at once).
 */
const ALONE = ['slicing', 'worker-midwork', 'encryption-disk', 'snapshot'].map((name) => `tests/e2e/${name}.e2e.ts`);

/**
 * Real-browser tests: run after `npm run build`, one Chromium per file (the files that only inject
 * a page bundle share one plain Chromium per worker, a context each: plain-chromium.ts). Two files
 * at a time (most of a file's time is spent waiting on its browser), except those in ALONE. Not
 * three: tried under load (~30 on two cores), web-ext lint outran its 60 s and a chrome:// page its
 * 8 s, where two at a time passed every main-group file under load ~20; tried again at rest (7 December), the whole
 * e2e run took 552 s against 530 s with two: the browsers keep both cores busy, a third file only queues behind them.
 * The two workers of the main group each run file after file in one process (isolate: false):
 * every file launches, drives and closes browsers (or contexts) of its own and sets no process state, while a
 * fresh process per file imported Playwright and the harness again (about 1.5 s a file, 52 s in
 * all on CI) and loaded Medplum's definitions again for each sync file. The ALONE files keep a
 * process each, so nothing another file left behind can move what they measure.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    globalSetup: ['tests/e2e/page-bundles-dir.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], exclude: ALONE, maxWorkers: 2, isolate: false, globalSetup: ['tests/e2e/sync-build.ts'], sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'e2e alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
