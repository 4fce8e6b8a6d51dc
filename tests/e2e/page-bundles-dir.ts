import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_BUNDLES_DIR_VARIABLE } from '../bench/bundle.mjs';

/**
 * Vitest global setup: the page bundles test files make (tests/bench/bundle.mjs) go into one folder
 * for the run, removed when it ends. Test workers are stopped without an exit event, so a bundle
 * cannot remove its own folder.
 */
export default async function pageBundlesDir(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-page-bundles-run-'));
  process.env[PAGE_BUNDLES_DIR_VARIABLE] = dir;
  return () => rm(dir, { recursive: true, force: true });
}
