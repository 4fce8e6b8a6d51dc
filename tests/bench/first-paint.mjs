// The side panel's first paint (issue 11 "Weight"): the JavaScript its index.html loads before the
// first screen can show — the entry module and everything it reaches by static import (what the HTML
// modulepreloads is that graph, checked here) — in gzip -9 bytes per chunk, against the budget.
// Dynamic import() edges are left out: they load on demand. `node tests/bench/first-paint.mjs [dist]`
// reads a built dist (default dist/chrome) and exits 1 when the total is over the budget.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_PAINT_BUDGET = 30 * 1024;
export const PANEL_HTML = 'src/sidepanel/index.html';

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"`; never `import("x")`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import\s*(?:[\w$*{][^;'"`]*?\sfrom\s*|[\w$*{][^;'"`]*?from)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;

function staticImports(code) {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]);
}

/** Absolute in-extension path ("/assets/x.js") of a specifier met in the file at `from`. */
function resolveFrom(from, specifier) {
  return specifier.startsWith('/') ? specifier : posix.join(posix.dirname(from), specifier);
}

/**
 * dist → { entry, chunks: [{ file, bytes, gzip }], total, preloaded } where chunks are in load order
 * (entry first) and `preloaded` lists what the HTML names with <link rel="modulepreload">.
 */
export function measureFirstPaint(dist = 'dist/chrome') {
  const html = readFileSync(join(dist, PANEL_HTML), 'utf8');
  const htmlPath = `/${PANEL_HTML}`;
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => resolveFrom(htmlPath, m[1]));
  if (entries.length !== 1) throw new Error(`${PANEL_HTML}: expected one module script, found ${entries.length}`);
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => resolveFrom(htmlPath, m[1]));
  const seen = new Set();
  const chunks = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file));
    chunks.push({ file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const specifier of staticImports(code.toString('utf8'))) visit(resolveFrom(file, specifier));
  };
  visit(entries[0]);
  // A preload the graph does not reach still loads before first paint: count it too.
  for (const file of preloaded) visit(file);
  return { entry: entries[0], chunks, total: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0), preloaded };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist/chrome';
  const { chunks, total } = measureFirstPaint(dist);
  console.log(`side panel first paint (${dist}), gzip -9:`);
  for (const chunk of chunks) console.log(`  ${chunk.file.padEnd(44)} ${kb(chunk.gzip).padStart(9)}  (${kb(chunk.bytes)} raw)`);
  const ratio = total / FIRST_PAINT_BUDGET;
  console.log(`  ${'total'.padEnd(44)} ${kb(total).padStart(9)}  = ${ratio.toFixed(2)} × the ${kb(FIRST_PAINT_BUDGET)} budget${ratio > 1 ? '  MISSED' : ''}`);
  if (ratio > 1) process.exitCode = 1;
}
