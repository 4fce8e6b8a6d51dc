// Where the content script's bytes go: the bytes of minified output each source module accounts for
// (read from the source map: a module's renderedLength counts code the minifier later drops), and
// the whole script's gzip -9 size, to aim size cuts at the modules that weigh most. Another entry as
// the argument weighs a part: `node tests/bench/content-size.mjs src/content/parts/teach.ts`.
// `--frames` (npm run bench) prints what a frame loads on each corpus page (main.js alone since the
// reader split, tests/bench/frame-parts.ts), against issue 9's 12 KB for a patient's frame.
import { rolldown } from 'rolldown';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { shortenPropertyNames } from '../../scripts/content-names.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFINES = { __PROBE__: 'false', __BROWSER__: '"chrome"', __DEMO_ADAPTERS__: 'false', __LEAK_PROBE__: 'false', __SYNC_LOOPBACK__: 'false' };
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source-map VLQ segments: [generated column, source index delta, …]. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Minified bytes per source (each mapped span runs to the next mapping on its line), and the spans. */
function bytesPerSource(code, map) {
  const totals = new Map();
  const spans = new Map();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const marks = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dc, ds] = decodeSegment(segment);
      column += dc;
      if (ds !== undefined) source += ds;
      marks.push([column, ds === undefined ? -1 : source]);
    }
    const offset = lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0);
    marks.forEach(([start, src], i) => {
      const end = i + 1 < marks.length ? marks[i + 1][0] : lines[index].length;
      const name = src < 0 ? '(unmapped)' : map.sources[src];
      totals.set(name, (totals.get(name) ?? 0) + end - start);
      spans.set(name, [...(spans.get(name) ?? []), [offset + start, offset + end]]);
    });
  });
  return { totals, spans };
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

async function minified(entry) {
  const bundle = await rolldown({ input: resolve(ROOT, entry), cwd: ROOT, logLevel: 'silent', transform: { define: DEFINES } });
  const { output } = await bundle.generate({ format: 'iife', minify: true, sourcemap: true });
  return output[0];
}

async function weighModules(entry) {
  const chunk = await minified(entry);
  const whole = gzip(chunk.code);
  const { totals, spans } = bytesPerSource(chunk.code, chunk.map);
  // A module's gzip cost: how much smaller the whole gets without its bytes (what it shares with the rest compresses away).
  const without = (source) => {
    const cut = new Set((spans.get(source) ?? []).flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i)));
    return whole - gzip([...chunk.code].filter((_, i) => !cut.has(i)).join(''));
  };
  console.log('minified  gzip cost  module');
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  for (const [source, size] of rows) console.log(String(size).padStart(8), String(size > 300 ? without(source) : '').padStart(10), ' ', relative(ROOT, resolve(ROOT, source)).replace(/^.*node_modules\//, ''));
  console.log(`${chunk.code.length} bytes minified, ${whole} gzip -9`);
}

/** Issue 9: the content script a patient's frame loads, at most 12 KB gzip. */
const FRAME_TARGET = 12 * 1024;

async function weighFrames() {
  const { runnerImport } = await import('vite');
  const { builtinEnvironments } = await import('vitest/runtime');
  const environment = await builtinEnvironments['happy-dom'].setup(globalThis, {});
  let frames;
  try {
    frames = await (await runnerImport('./tests/bench/frame-parts.ts')).module.corpusFrames();
  } finally {
    await environment.teardown(globalThis);
  }
  const codes = {};
  for (const script of new Set(frames.flatMap((f) => f.scripts))) {
    const entry = `src/content/${script}.ts`;
    if (!existsSync(resolve(ROOT, entry))) throw new Error(`no script ${entry}`);
    codes[script] = (await minified(entry)).code;
  }
  // Their own property names shortened as the build does (scripts/content-names.mjs).
  const sizes = new Map(Object.entries(shortenPropertyNames(codes)).map(([script, code]) => [script, gzip(code)]));
  console.log('gzip -9  frames  script (rolldown-minified, names shortened as built; the built files differ by a few bytes)');
  for (const [script, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(String(size).padStart(7), `${frames.filter((f) => f.scripts.includes(script)).length}/${frames.length}`.padStart(7), ` ${script}`);
  }
  const bytes = (f) => f.scripts.reduce((n, s) => n + sizes.get(s), 0);
  const patients = frames.filter((f) => f.patient).map(bytes).sort((a, b) => a - b);
  const median = patients.length % 2 ? patients[(patients.length - 1) / 2] : (patients[patients.length / 2 - 1] + patients[patients.length / 2]) / 2;
  const max = patients[patients.length - 1];
  const ok = median <= FRAME_TARGET;
  console.log(`${`bytes a patient's frame loads (${patients.length} corpus pages): median`.padEnd(60)} ${String(median).padStart(6)}   target ${FRAME_TARGET}   ${ok ? 'ok' : `MISSED by ${median - FRAME_TARGET}`}`);
  console.log(`${'  max'.padEnd(60)} ${String(max).padStart(6)}`);
  // Since the reader split every frame loads main.js alone (frame-parts.ts): a frame loading more is a regression.
  const base = bytes({ scripts: ['main'] });
  console.log(`${'  frames loading more than main'.padEnd(60)} ${`${patients.filter((n) => n > base).length}/${patients.length}`.padStart(6)}`);
  return ok;
}

if (process.argv[2] === '--frames') {
  if (!(await weighFrames())) process.exitCode = 1;
} else await weighModules(process.argv[2] ?? 'src/content/main.ts');
