// `npm test`: every check the project has: type check, unit + fixture tests and the three builds
// side by side, then real-browser tests against the builds.
// Ends with one line "N passed, N failed" counting unit and end-to-end tests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { TARGETS } from './build.mjs';

/**
 * The sync test build the e2e files sync, team and team-screens load (tests/e2e/sync-build.ts): made
 * here with the other builds, beside the unit tests, and not by the e2e run's global setup, where
 * both e2e workers waited for it (~4 CPU-s, 8 s at load 6). The e2e run is told it is fresh.
 */
const SYNC_BUILD = 'chrome-e2e-sync';
const SYNC_BUILT = { RAPPORT_E2E_SYNC_BUILT: '1' };

/** Runs a command to its end; true when it succeeded. */
const run = (command, args, extraEnv = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });

mkdirSync('artifacts', { recursive: true });
const counts = { passed: 0, failed: 0 };
const problems = [];
const timings = [];
const started = Date.now();

function countFrom(report) {
  if (!existsSync(report)) return false;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests;
  return json.numTotalTests > 0;
}

async function vitest(config, report, label, extraEnv = {}) {
  // A report left by an earlier run must not count for this one.
  rmSync(report, { force: true });
  const ok = await run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], extraEnv);
  // When each phase ended, for whoever next weighs this order.
  timings.push(`${label} ended at ${Math.round((Date.now() - started) / 1000)} s`);
  if (!countFrom(report)) problems.push(`${label}: no test report`);
  if (!ok) problems.push(`${label} failed`);
}

// The type check and the builds take seconds of CPU beside the unit tests' minutes: they run
// meanwhile instead of before and after them (no unit test reads dist/). The end-to-end files do
// not start beside the unit tests: they keep their cores busy too (team.e2e, counted with its
// browsers' renderers: ~45 CPU-s for a file that takes ~45 s beside another), so together they save
// little and starve one another past deadlines (tried, unit tests at nice 5 under load: two panel
// tests missed their 10 s waits).
const [typed, , built] = await Promise.all([
  run('npx', ['tsc', '--noEmit', '-p', '.']),
  vitest('vitest.config.ts', 'artifacts/unit.json', 'unit tests'),
  run('node', ['scripts/build.mjs', ...TARGETS, SYNC_BUILD]),
]);
if (!typed) problems.push('type check failed');
if (built) {
  await vitest('vitest.e2e.config.ts', 'artifacts/e2e.json', 'end-to-end tests', SYNC_BUILT);
} else {
  problems.push('build failed: end-to-end tests not run');
}

console.log(timings.join('; '));
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(problems.length === 0 && counts.failed === 0 ? 0 : 1);
