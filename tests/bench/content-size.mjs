// Where the content script's bytes go: the bytes of minified output each source module accounts for
// (read from the source map: a module's renderedLength counts code the minifier later drops), and
// the whole script's gzip -9 size, to aim size cuts at the modules that weigh most. Another entry as
// the argument weighs a part: `node tests/bench/content-size.mjs src/content/parts/reader.ts`.
import { rolldown } from 'rolldown';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';

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

const ENTRY = process.argv[2] ?? 'src/content/main.ts';
const bundle = await rolldown({ input: resolve(ROOT, ENTRY), cwd: ROOT, logLevel: 'silent', transform: { define: DEFINES } });
const { output } = await bundle.generate({ format: 'iife', minify: true, sourcemap: true });
const [chunk] = output;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
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
