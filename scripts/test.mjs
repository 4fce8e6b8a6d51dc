// `npm test`: every check the project has: type check, unit + fixture tests, the three builds and
// real-browser tests against the builds.
// Ends with one line "N passed, N failed" counting unit and end-to-end tests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

/** Runs a command to its end; true when it succeeded. */
const run = (command, args, extraEnv = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });

/**
 * At a low CPU priority: the browser tests beside it take the cores whenever they want them (their
 * 10 s polls must not wait on a unit test), and it has the rest. Not the lowest: the panel tests
 * wait 10 s for what they click, and at nice 19 on a loaded machine two of them ran past it.
 */
const inBackground = (command, args) => run('nice', ['-n', '10', command, ...args]);

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

async function vitest(args, report, label, start = run) {
  const ok = await start('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!countFrom(report)) problems.push(`${label}: no test report`);
  if (!ok) problems.push(`${label} failed`);
}

// Most of a browser test's time is spent waiting on its browser (about half a core for two files
// side by side), and the unit tests are all CPU: they fill that wait instead of running before the
// browser tests. The type check and the builds run meanwhile too (no unit test reads dist/). The
// file that reads pages flat out (FLAT_OUT in vitest.e2e.config.ts) follows the other browser
// files, still beside the unit tests; the files that measure time (ALONE) run last, once everything
// else has ended.
const e2e = ['--config', 'vitest.e2e.config.ts'];
const [typed, , beside] = await Promise.all([
  inBackground('npx', ['tsc', '--noEmit', '-p', '.']),
  vitest(['--config', 'vitest.config.ts'], 'artifacts/unit.json', 'unit tests', inBackground),
  run('node', ['scripts/build.mjs']).then(async (built) => {
    if (built) await vitest([...e2e, '--project', 'e2e', '--project', 'e2e flat out'], 'artifacts/e2e.json', 'end-to-end tests');
    return built;
  }),
]);
if (!typed) problems.push('type check failed');
if (beside) {
  await vitest([...e2e, '--project', 'e2e alone'], 'artifacts/e2e-alone.json', 'end-to-end tests run alone');
} else {
  problems.push('build failed: end-to-end tests not run');
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(problems.length === 0 && counts.failed === 0 ? 0 : 1);
