import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

/** DESIGN.md: imports run one way, pure folders stay pure, and no file in src/ may reach the network. */
const SRC = resolve('src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

const sources = filesUnder(SRC).map((path) => ({ path, rel: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const layerOf = (rel: string) => rel.split(sep)[0] ?? '';

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/**
 * Which top-level folders of src/ each folder may import from. `model` is the ground floor: every
 * shape stated once, importing nothing but itself (and its schema library); everyone may build on it.
 */
const ALLOWED: Record<string, string[]> = {
  model: ['model'],
  domain: ['domain', 'model'],
  context: ['context', 'model'],
  // platform: page-transport.ts reaches the browser's own API through platform/browser.ts, without the polyfill.
  messaging: ['messaging', 'platform', 'context', 'domain', 'model'],
  store: ['store', 'domain', 'context', 'model'],
  content: ['content', 'context', 'messaging', 'domain', 'model'],
  platform: ['platform', 'store', 'domain', 'model'],
  background: ['background', 'platform', 'store', 'messaging', 'domain', 'context', 'content', 'model'],
  ui: ['ui', 'platform', 'store', 'messaging', 'domain', 'context', 'model'],
  sidepanel: ['sidepanel', 'ui', 'platform', 'store', 'messaging', 'domain', 'context', 'model'],
  options: ['options', 'ui', 'platform', 'store', 'messaging', 'domain', 'context', 'model'],
  sync: ['sync', 'store', 'messaging', 'domain', 'model', 'context'],
};
/** The worker and extension pages may use team sync; content scripts (inside the EHR page) and lower floors may not. */
for (const entry of ['background', 'sidepanel', 'options']) ALLOWED[entry]?.push('sync');

/** Packages each ground-floor folder may use: pure libraries only, no browser-extension API. */
const GROUND_PACKAGES: Record<string, readonly string[]> = {
  model: ['valibot'],
  domain: ['valibot', '@18f/us-federal-holidays', '@medplum/fhirtypes'],
};

/** The sources a file imports for their values (`import type` leaves nothing at run time), as paths relative to src/. */
function valueImportsOf(path: string, text: string): string[] {
  const sourceRels = new Set(sources.map((source) => source.rel));
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].flatMap((m) => {
    const target = relative(SRC, resolve(dirname(path), m[1] as string));
    return ['.ts', '.tsx', '', `${sep}index.ts`].map((ext) => target + ext).filter((candidate) => sourceRels.has(candidate)).slice(0, 1);
  });
}

describe('architecture', () => {
  test('there are sources to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  test('imports run one way between the folders of src/', () => {
    const violations: string[] = [];
    for (const { path, rel, text } of sources) {
      const layer = layerOf(rel);
      for (const specifier of importsOf(text)) {
        if (!specifier.startsWith('.')) continue;
        const target = layerOf(relative(SRC, resolve(dirname(path), specifier)));
        const allowed = ALLOWED[layer];
        if (allowed && !allowed.includes(target)) violations.push(`${rel} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('no import cycles: a module in a cycle can run before what it imports is defined (a bundle evaluated a map of an export not yet set, and the worker did not start)', () => {
    const graph = new Map(sources.map(({ path, rel, text }) => [rel, valueImportsOf(path, text)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (rel: string) => {
      state.set(rel, 'open');
      trail.push(rel);
      for (const next of graph.get(rel) ?? []) {
        if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(rel, 'done');
    };
    for (const rel of graph.keys()) if (!state.has(rel)) visit(rel);
    expect(cycles).toEqual([]);
  });

  test('model and domain use only the pure packages they are allowed', () => {
    const offenders: string[] = [];
    for (const { rel, text } of sources) {
      const allowed = GROUND_PACKAGES[layerOf(rel)];
      if (!allowed) continue;
      for (const specifier of importsOf(text)) if (!specifier.startsWith('.') && !allowed.includes(specifier)) offenders.push(`${rel} imports ${specifier}`);
    }
    expect(offenders).toEqual([]);
    expect(sources.filter(({ rel }) => layerOf(rel) === 'model').length).toBeGreaterThanOrEqual(3);
  });

  test('domain and context use no extension API, so they run anywhere', () => {
    const offenders = sources
      .filter(({ rel }) => ['model', 'domain', 'context'].includes(layerOf(rel)))
      .filter(({ text }) => /webextension-polyfill|\bchrome\.|\bbrowser\.(runtime|tabs|storage)/.test(text))
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });

  test('the page reader compares tag names through tagOf: an XHTML document (a C-CDA file its stylesheet renders) names them in lower case', () => {
    const offenders = sources
      .filter(({ rel }) => ['context', 'content'].includes(layerOf(rel)) && rel !== join('context', 'tag.ts'))
      .filter(({ text }) => /\.(tagName|nodeName)\b(?!\.toUpperCase\(\))/.test(text))
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });

  test('content scripts never touch IndexedDB (it would belong to the EHR page)', () => {
    const contentFiles = sources.filter(({ rel }) => layerOf(rel) === 'content');
    expect(contentFiles.length).toBeGreaterThan(0);
    const offenders = contentFiles.filter(({ text }) => /indexedDB|from ['"]idb['"]|openDB|store\//.test(text));
    expect(offenders.map(({ rel }) => rel)).toEqual([]);
  });

  test('the network only from src/sync/transport.ts (opt-in team sync), and nowhere else', () => {
    const network = /\bfetch\s*\(|\bWebSocket\b/;
    const offenders = sources.filter(({ rel, text }) => network.test(text) && rel !== join('sync', 'transport.ts')).map(({ rel }) => rel);
    expect(offenders).toEqual([]);
    expect(sources.some(({ rel }) => rel === join('sync', 'transport.ts'))).toBe(true);
  });

  test('messages go only through the typed senders and checked listeners (src/messaging/*transport.ts, the content script\'s runtime.ts)', () => {
    const raw = /\.sendMessage\s*\(|\.onMessage\.(add|remove)Listener\s*\(/;
    const senders = [join('messaging', 'transport.ts'), join('messaging', 'page-transport.ts'), join('content', 'runtime.ts')];
    const offenders = sources.filter(({ rel, text }) => raw.test(text) && !senders.includes(rel)).map(({ rel }) => rel);
    expect(offenders).toEqual([]);
    for (const rel of senders) expect(sources.find((source) => source.rel === rel)?.text, rel).toMatch(raw);
  });

  test('no XHR, beacons, eval or HTML injection anywhere in src/', () => {
    const forbidden =
      /XMLHttpRequest|sendBeacon|\beval\s*\(|new\s+Function\s*\(|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(/;
    const offenders = sources.filter(({ text }) => forbidden.test(text)).map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });

  test("no type of ours shadows one of TypeScript's own (a reader takes `Pick` for the utility type)", () => {
    const builtIns = 'Pick|Omit|Partial|Required|Readonly|Record|Extract|Exclude|NonNullable|Parameters|ReturnType|InstanceType|Awaited|PromiseLike|ArrayLike|Iterable|Uppercase|Lowercase';
    const declaration = new RegExp(`\\b(?:interface|type|class|enum)\\s+(?:${builtIns})\\b`);
    expect(sources.filter(({ text }) => declaration.test(text)).map(({ rel }) => rel)).toEqual([]);
  });
});
