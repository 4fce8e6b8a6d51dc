// Bundles page-side code (the extractor, the content reader) as plain IIFE scripts that a test can
// inject into any page with page.addScriptTag({ path }), without building or loading the extension.
import { build } from 'vite';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * entries: { GlobalName: 'src/…/file.ts' } → { GlobalName: '/tmp/…/GlobalName.js' }; `define`: the
 * build-time constants an entry reads (the content script's `__DEMO_ADAPTERS__`).
 */
export async function bundleForPage(entries, { define = {} } = {}) {
  const outDir = await mkdtemp(join(tmpdir(), 'rapport-page-bundle-'));
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
        minify: false,
        lib: { entry: resolve(ROOT, entry), name, formats: ['iife'], fileName: () => `${name}.js` },
      },
    });
    paths[name] = join(outDir, `${name}.js`);
  }
  return paths;
}
