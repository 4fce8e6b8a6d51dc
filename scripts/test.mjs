// `npm test`: every check the project has: type check, unit + fixture tests and the three builds
// side by side, then real-browser tests against the builds.
// Ends with one line "N passed, N failed" counting unit and end-to-end tests.
//
// The order, and why (2 cores on CI):
// 1. The type check, the unit tests and the builds start together (no unit test reads dist/).
// 2. As soon as the builds are done, the main end-to-end group (vitest.e2e.config.ts, project 'e2e')
//    starts beside the unit tests, which run at a lower CPU priority (nice): the browsers get the
//    CPU whenever they want it, and the unit tests use what the end-to-end files leave while they
//    wait on their browsers, timers and servers. Back to back, those waits left a core idle.
// 3. The files that measure or race time (project 'e2e alone') start only when everything else has
//    ended, so nothing runs beside them.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

/**
 * Below the end-to-end workers and Chromium's browser and page processes (Chromium itself runs its
 * browser process at -8 and background renderers at 5): a file racing its 10 s polls gets about
 * three quarters of a core it shares with a unit worker. Not lower: starved further (as on a loaded
 * shared machine), the longest unit tests (the corpus under one mutation: 60 s allowed) ran out of time.
 */
const UNIT_NICENESS = '5';

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

async function vitest(config, report, label, { project, niceness } = {}) {
  // A report left by an earlier run must not count for this one.
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--config', config, ...(project ? ['--project', project] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const ok = await (niceness ? run('nice', ['-n', niceness, 'npx', ...args]) : run('npx', args));
  // When each group ended tells how the groups overlapped (the next change to this order needs it).
  timings.push(`${label} ended at ${Math.round((Date.now() - started) / 1000)} s`);
  if (!countFrom(report)) problems.push(`${label}: no test report`);
  if (!ok) problems.push(`${label} failed`);
}

const [typed, , built] = await Promise.all([
  run('npx', ['tsc', '--noEmit', '-p', '.']),
  vitest('vitest.config.ts', 'artifacts/unit.json', 'unit tests', { niceness: UNIT_NICENESS }),
  run('node', ['scripts/build.mjs']).then(async (ok) => {
    if (ok) await vitest('vitest.e2e.config.ts', 'artifacts/e2e.json', 'end-to-end tests', { project: 'e2e' });
    return ok;
  }),
]);
if (!typed) problems.push('type check failed');
if (built) {
  await vitest('vitest.e2e.config.ts', 'artifacts/e2e-alone.json', 'end-to-end tests run alone', { project: 'e2e alone' });
} else {
  problems.push('build failed: end-to-end tests not run');
}

console.log(timings.join('; '));
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(problems.length === 0 && counts.failed === 0 ? 0 : 1);
