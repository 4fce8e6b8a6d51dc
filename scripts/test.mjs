// `npm test`: every check the project has, in the order a failure is cheapest to see:
// type check, unit + fixture tests, the three builds, then real-browser tests against the builds.
// Ends with one line "N passed, N failed" counting unit and end-to-end tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status === 0;

mkdirSync('artifacts', { recursive: true });
const counts = { passed: 0, failed: 0 };
const problems = [];

function countFrom(report) {
  if (!existsSync(report)) return false;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests;
  return json.numTotalTests > 0;
}

function vitest(config, report, label) {
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!countFrom(report)) problems.push(`${label}: no test report`);
  if (!ok) problems.push(`${label} failed`);
}

if (!run('npx', ['tsc', '--noEmit', '-p', '.'])) problems.push('type check failed');
vitest('vitest.config.ts', 'artifacts/unit.json', 'unit tests');
if (run('node', ['scripts/build.mjs'])) {
  vitest('vitest.e2e.config.ts', 'artifacts/e2e.json', 'end-to-end tests');
} else {
  problems.push('build failed: end-to-end tests not run');
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(problems.length === 0 && counts.failed === 0 ? 0 : 1);
