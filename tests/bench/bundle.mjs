// Bundles page-side code (the extractor, the content reader) as plain IIFE scripts that a test can
// inject into any page with page.addScriptTag({ path }), without building or loading the extension.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Set by the e2e suite's global setup: the folder its bundles go into, removed when the run ends. */
export const PAGE_BUNDLES_DIR_VARIABLE = 'RAPPORT_PAGE_BUNDLES_DIR';

/**
 * entries: { GlobalName: 'src/…/file.ts' } → { GlobalName: '/tmp/…/GlobalName.js' }; `define`: the
 * build-time constants an entry reads (the content script's `__DEMO_ADAPTERS__`).
 * In a test run each bundle is built once for the run: five e2e files inject the same extractor,
 * and the sources do not change while the tests run (a bench, outside a run, builds afresh).
 */
export async function bundleForPage(entries, { define = {} } = {}) {
  const runDir = process.env[PAGE_BUNDLES_DIR_VARIABLE];
  const paths = {};
  for (const [name, entry] of Object.entries(entries)) {
    paths[name] = runDir ? await builtOnceInRun(runDir, name, entry, define) : await buildOne(await freshDir(tmpdir()), name, entry, define);
  }
  return paths;
}

async function freshDir(parent) {
  const outDir = await mkdtemp(join(parent, 'rapport-page-bundle-'));
  // Callers read the files by path until they end; a test run removes its folder itself.
  if (!process.env[PAGE_BUNDLES_DIR_VARIABLE]) process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  return outDir;
}

async function buildOne(outDir, name, entry, define) {
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
  return join(outDir, `${name}.js`);
}

/**
 * The run's one copy of a bundle, shared by the files of every worker process: the first to
 * finish building it renames its folder into place (atomic), a later one keeps that and drops its own.
 */
async function builtOnceInRun(runDir, name, entry, define) {
  const key = createHash('sha256').update(JSON.stringify([name, entry, define])).digest('hex').slice(0, 16);
  const cached = join(runDir, `bundle-${key}`);
  const file = join(cached, `${name}.js`);
  if (existsSync(file)) return file;
  const built = await buildOne(await freshDir(runDir), name, entry, define);
  try {
    await rename(dirname(built), cached);
  } catch {
    if (!existsSync(file)) throw new Error(`page bundle ${name}: neither built nor found at ${file}`);
    await rm(dirname(built), { recursive: true, force: true });
  }
  return file;
}
