import { buildTargets } from '../../scripts/build.mjs';

/**
 * Vitest global setup: the test-only sync build, made once per run before any file starts. Three
 * files drive it (sync, team, team-screens) and run side by side with others: a file building it
 * again would empty the dist/ folder another file's browsers have loaded.
 */
export default async function buildForSync(): Promise<void> {
  await buildTargets(['chrome-e2e-sync'], { quiet: true });
}
