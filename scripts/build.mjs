// Builds every unpacked extension (DESIGN.md "Build"): the two store builds and the demo build.
// `node scripts/build.mjs chrome-demo` builds only the targets named.
import { build } from 'vite';

export const TARGETS = ['chrome', 'firefox', 'chrome-demo'];

export async function buildTargets(targets = TARGETS, { quiet = false } = {}) {
  for (const mode of targets) {
    const started = performance.now();
    await build({ mode, logLevel: quiet ? 'warn' : 'info', configFile: 'vite.config.ts' });
    console.log(`built dist/${mode} in ${Math.round(performance.now() - started)} ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const requested = process.argv.slice(2);
  await buildTargets(requested.length ? requested : TARGETS, { quiet: true });
}
