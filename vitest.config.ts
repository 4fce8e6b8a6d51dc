import { defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { ensureHappyDomBundle } from './tests/setup/happy-dom-bundle';

/** happy-dom, loaded from one file (tests/setup/happy-dom-bundle.ts), by the environment and by tests alike. */
const HAPPY_DOM = await ensureHappyDomBundle(fileURLToPath(new URL('.', import.meta.url)));
const DOM_ENVIRONMENT = './tests/setup/happy-dom-environment.ts';

const shared = {
  setupFiles: ['fake-indexeddb/auto', './tests/setup/web-locks.ts'],
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

/**
 * Suites of pure logic and storage need no DOM: they run in Node's own environment, which starts in
 * a fraction of happy-dom's time (about half a second a file, times some 100 files and four projects).
 */
const WITHOUT_DOM = [
  'tests/unit/domain/**',
  'tests/unit/store/**',
  'tests/unit/backup/**',
  'tests/unit/messaging/**',
  'tests/unit/sync/**',
  'tests/sync/**',
];

/**
 * Files whose tests make all the state they use share their worker's modules (and, in happy-dom,
 * its DOM environment) instead of importing everything again for each file: starting a file took
 * longer than most files' tests, times four projects. Pure logic; the store and backup suites open
 * a fresh fake-indexeddb per test (tests/unit/store/helpers.ts); sync tests open each caseload in
 * an IndexedDB of its own and index Medplum's FHIR definitions once per worker instead of once per
 * file; the page reader's rule tests parse their own documents; each panel, options page or site
 * test mounts its own over a fresh fake-indexeddb and host (render.tsx). The one module state a
 * test depends on, the holiday calendar not yet loaded, is imported afresh by its own test.
 * Apart: files that mock, spy on or stub what other files would then see (vi.mock applies to a
 * fresh import only; a spy or fake clock left behind would leak).
 */
const SHARED_DIRS = [
  'tests/unit/domain/**',
  'tests/sync/**',
  'tests/unit/sync/**',
  'tests/unit/store/**',
  'tests/unit/backup/**',
  'tests/unit/messaging/**',
  'tests/unit/sidepanel/**',
  'tests/unit/context/**',
  'tests/unit/options/**',
  'tests/unit/sites/**',
  'tests/unit/team/**',
  'tests/unit/ui/**',
];
const changesWhatOthersSee = (file: string) => /\bvi\.(mock|doMock|spyOn|useFakeTimers|stubGlobal)\(/.test(readFileSync(file, 'utf8'));
const testFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFilesUnder(`${dir}/${entry.name}`) : /\.test\.tsx?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );
const SHARED = SHARED_DIRS.flatMap((dir) => testFilesUnder(dir.slice(0, -3))).filter((file) => !changesWhatOthersSee(file));

interface Suite {
  name: string;
  include: string[];
  exclude?: string[];
  env?: Record<string, string>;
}

/** The files of `glob` that lie in one of `dirs` (folders as `dir/**`), as globs. */
function partIn(glob: string, dirs: string[]): string[] {
  const globRoot = glob.split('**')[0]!;
  return dirs.flatMap((dir) => {
    const dirRoot = dir.slice(0, -2);
    if (dirRoot.startsWith(globRoot)) return [`${dirRoot}**/*.test.{ts,tsx}`];
    return glob.startsWith(dirRoot) ? [glob] : [];
  });
}

/** Whether `file` is one of the files `glob` names (globs as partIn returns them). */
const inGlob = (file: string, glob: string) => (glob.includes('**') ? file.startsWith(glob.split('**')[0]!) : file === glob);

/**
 * One suite as projects: its DOM-free files in Node, the rest in happy-dom, each with its SHARED
 * files apart.
 */
function withAndWithoutDom({ name, include, exclude = [], env }: Suite) {
  const project = (suffix: string, environment: 'node' | 'happy-dom', files: { include: string[]; exclude: string[] }, isolate = true) => ({
    extends: true as const,
    test: { ...shared, name: `${name}${suffix}`, environment: environment === 'happy-dom' ? DOM_ENVIRONMENT : environment, isolate, ...files, ...(env ? { env } : {}) },
  });
  const sharedIn = (dirs: string[], inside: boolean) =>
    SHARED.filter((file) => dirs.some((dir) => inGlob(file, dir)) === inside && include.some((glob) => partIn(glob, SHARED_DIRS).some((part) => inGlob(file, part))));
  return [
    project('', 'happy-dom', { include, exclude: [...exclude, ...WITHOUT_DOM, ...SHARED] }),
    project(' (shared dom)', 'happy-dom', { include: sharedIn(WITHOUT_DOM, false), exclude }, false),
    project(' (node)', 'node', { include: include.flatMap((glob) => partIn(glob, WITHOUT_DOM)), exclude: [...exclude, ...SHARED] }),
    project(' (shared modules)', 'node', { include: sharedIn(WITHOUT_DOM, true), exclude }, false),
  ].filter((suite) => suite.test.include.length > 0);
}

export default defineConfig({
  plugins: [preact()],
  resolve: { alias: [{ find: /^happy-dom$/, replacement: HAPPY_DOM }] },
  define: { __BROWSER__: JSON.stringify('chrome'), __PROBE__: 'false', __LEAK_PROBE__: 'false', __DEMO_ADAPTERS__: 'true' },
  test: {
    // Each project is a Vite server of its own that transforms every module it loads again (some
    // 14 projects here): with this, a module transformed once is read back from disk by the others
    // (keyed by its content, the plugins and this config; node_modules/.experimental-vitest-cache).
    experimental: { fsModuleCache: true },
    // Vitest's default in a run is one worker fewer than the cores: on CI's two cores, one.
    maxWorkers: 2,
    projects: [
      ...withAndWithoutDom({
        name: 'unit',
        include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/sync/**/*.test.ts'],
      }),
      ...withAndWithoutDom({ name: 'sealed', include: SEALED_AGAIN, exclude: ['tests/unit/store/migrations.test.ts'], env: { RAPPORT_SEALED: '1' } }),
      ...['America/Los_Angeles', 'Pacific/Auckland'].flatMap((timeZone) =>
        withAndWithoutDom({ name: `tz ${timeZone}`, include: DATE_SENSITIVE, env: { TZ: timeZone } }),
      ),
    ],
  },
});
