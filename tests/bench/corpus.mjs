// npm run bench, issue 9: how well the reader reads pages nobody tuned it to — the hand-written corpus
// (tests/corpus/pages) per field and per group in happy-dom and real Chromium, and per-family recall
// on generated pages. The TypeScript harness runs through Vite's module runner in the same happy-dom
// environment the unit tests use.
import { runnerImport } from 'vite';
import { builtinEnvironments } from 'vitest/runtime';
import { bundleForPage } from './bundle.mjs';

const perFamily = Number(process.env.CORPUS_GENERATED ?? 20);
const verbose = process.env.CORPUS_VERBOSE === '1';

const { RapportExtract } = await bundleForPage({ RapportExtract: 'src/context/extract.ts' });
const environment = await builtinEnvironments['happy-dom'].setup(globalThis, {});
try {
  const { module } = await runnerImport('./tests/corpus/harness/bench.ts');
  const wrong = await module.runCorpusBench(RapportExtract, perFamily, verbose);
  const ok = wrong === 0;
  console.log(`\n${'wrong clients (corpus + generated, both engines)'.padEnd(50)} ${String(wrong).padStart(4)}   target 0   ${ok ? 'ok' : 'MISSED'}`);
  if (!ok) process.exitCode = 1;
} finally {
  await environment.teardown(globalThis);
}
