import { buildTargets } from '../../scripts/build.mjs';

/**
 * Vitest global setup: the test-only sync build, made once per run before any file starts. Three
 * files drive it (sync, team, team-screens) and run side by side with others: a file building it
 * again would empty the dist/ folder another file's browsers have loaded.
 */
export default async function buildForSync(): Promise<void> {
  // `npm test` made it just before this run, beside the unit tests (scripts/test.mjs).
  if (process.env.RAPPORT_E2E_SYNC_BUILT === '1') return;
  await buildTargets(['chrome-e2e-sync'], { quiet: true });
}
