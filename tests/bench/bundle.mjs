// Bundles page-side code (the extractor, the content reader) as plain IIFE scripts that a test can
// inject into any page with page.addScriptTag({ path }), without building or loading the extension.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Set by the e2e suite's global setup: the folder its bundles go into, removed when the run ends. */
export const PAGE_BUNDLES_DIR_VARIABLE = 'RAPPORT_PAGE_BUNDLES_DIR';

/**
 * entries: { GlobalName: 'src/…/file.ts' } → { GlobalName: '/tmp/…/GlobalName.js' }; `define`: the
 * build-time constants an entry reads (the content script's `__DEMO_ADAPTERS__`).
 */
export async function bundleForPage(entries, { define = {} } = {}) {
  const runDir = process.env[PAGE_BUNDLES_DIR_VARIABLE];
  const outDir = await mkdtemp(join(runDir ?? tmpdir(), 'rapport-page-bundle-'));
  // Callers read the files by path until they end; a test run removes its folder itself.
  if (!runDir) process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const paths = {};
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      define,
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: false,
        lib: { entry: resolve(ROOT, entry), name, formats: ['iife'], fileName: () => `${name}.js` },
      },
    });
    paths[name] = join(outDir, `${name}.js`);
  }
  return paths;
}
