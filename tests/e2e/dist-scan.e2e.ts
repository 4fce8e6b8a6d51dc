import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * "Never leak it", checked on what ships: after `npm run build` no JavaScript in the three builds
 * (our code, Preact, the polyfill, crxjs's loaders) holds a network or eval primitive, and no page
 * loads a script or style from anywhere but the extension. tests/unit/architecture.test.ts checks
 * src/; this checks every byte a bundler or library added.
 */
const BUILDS = ['dist/chrome', 'dist/firefox', 'dist/chrome-demo'];
const FORBIDDEN: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /sendBeacon/],
  ['eval(', /\beval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['importScripts', /importScripts\s*\(/],
];

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

describe.each(BUILDS)('%s', (dist) => {
  const scripts = filesUnder(dist, /\.(js|mjs)$/);

  test('has scripts to scan (built by npm run build)', () => {
    expect(scripts.length).toBeGreaterThan(3);
  });

  test('no script holds a network or eval primitive', () => {
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const [label, pattern] of FORBIDDEN) {
        const match = pattern.exec(text);
        if (match) found.push(`${file}: ${label} …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  test('pages load scripts and styles only from the extension itself', () => {
    const remote = filesUnder(dist, /\.html$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)]
        .map((m) => m[1] as string)
        .filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(remote).toEqual([]);
  });

  test('the manifest lets no web page or other extension talk to it', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy.extension_pages).toContain('connect-src https:;');
    // Years of caseload must not hit the quota or be evicted under disk pressure (README: Permissions).
    expect(manifest.permissions).toContain('unlimitedStorage');
  });
});

/**
 * Chrome's service worker refuses `import()` outright (and Vite's preload helper for it reaches for
 * `document`): every module the worker may run must be in its static graph. A dynamic import found
 * in that graph is a defect unless its target is statically there too, or the code around it is
 * known never to run in the worker (named here with the reason).
 */
const WORKER_NEVER_RUNS: Record<string, string> = {
  // Only the options page sets a passphrase (vault.ts loads the sealing then); the worker never does.
  fresh: 'sealing runs in the options page',
};

function workerGraph(dist: string, entry: string) {
  const reached = new Set<string>();
  const dynamic = new Map<string, string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    const text = readFileSync(file, 'utf8');
    const dir = join(file, '..');
    for (const m of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) visit(join(dir, m[1] as string));
    for (const m of text.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) dynamic.set(join(dir, m[1] as string), file);
  };
  visit(join(dist, entry));
  return { reached, dynamic };
}

describe.each(['dist/chrome', 'dist/chrome-demo'])('%s service worker', (dist) => {
  test('never needs import(): what its code may load later is already in its static graph', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    const { reached, dynamic } = workerGraph(dist, manifest.background.service_worker);
    expect(reached.size).toBeGreaterThan(3);
    const missing = [...dynamic]
      .filter(([target]) => !reached.has(target))
      .filter(([target]) => !Object.keys(WORKER_NEVER_RUNS).some((name) => target.split('/').pop()?.startsWith(`${name}-`)))
      .map(([target, from]) => `${from} → ${target}`);
    expect(missing).toEqual([]);
  });
});
