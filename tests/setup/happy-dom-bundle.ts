import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * happy-dom as one file. Node loads the package's 600-odd ES modules one by one, which took 1.5 to
 * 3 s per test process on CI's loaded cores (every isolated test file is a process of its own);
 * the same code as one module loads in a third of that. Nothing is left out or renamed (class
 * names are kept), so the DOM the tests see is the package's own.
 */
export function happyDomBundlePath(root: string): string {
  const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return join(root, 'node_modules', '.cache', 'rapport-happy-dom', `happy-dom-${version('happy-dom')}-rolldown-${version('rolldown')}.mjs`);
}

/** Builds the bundle when this happy-dom (or bundler) has none yet; its path. */
export async function ensureHappyDomBundle(root: string): Promise<string> {
  const path = happyDomBundlePath(root);
  if (existsSync(path)) return path;
  const { build } = await import('rolldown');
  const dir = join(root, 'node_modules', '.cache', 'rapport-happy-dom');
  mkdirSync(dir, { recursive: true });
  // Written aside and moved into place: another run may be loading the bundle meanwhile.
  const partial = `${path}.${process.pid}.partial.mjs`;
  await build({
    cwd: root,
    input: 'happy-dom',
    platform: 'node',
    logLevel: 'warn',
    external: [/^node:/],
    output: { file: partial, format: 'esm', keepNames: true },
  });
  renameSync(partial, path);
  return path;
}
