// Bundles page-side code (the extractor, the content reader) as plain IIFE scripts that a test can
// inject into any page with page.addScriptTag({ path }), without building or loading the extension.
import { build } from 'vite';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** entries: { GlobalName: 'src/…/file.ts' } → { GlobalName: '/tmp/…/GlobalName.js' } */
export async function bundleForPage(entries) {
  const outDir = await mkdtemp(join(tmpdir(), 'rapport-page-bundle-'));
  const paths = {};
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
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
