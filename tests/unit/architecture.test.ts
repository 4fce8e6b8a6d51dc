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

/** Which top-level folders of src/ each folder may import from. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  context: ['context'],
  messaging: ['messaging', 'context', 'domain'],
  store: ['store', 'domain', 'context'],
  content: ['content', 'context', 'messaging', 'domain'],
  platform: ['platform', 'store', 'domain'],
  background: ['background', 'platform', 'store', 'messaging', 'domain', 'context', 'content'],
  sidepanel: ['sidepanel', 'platform', 'store', 'messaging', 'domain', 'context'],
  options: ['options', 'platform', 'store', 'messaging', 'domain', 'context'],
  sync: ['sync', 'store', 'messaging', 'domain', 'model', 'context'],
};
/** The worker and extension pages may use team sync; content scripts (inside the EHR page) and lower floors may not. */
for (const entry of ['background', 'sidepanel', 'options']) ALLOWED[entry]?.push('sync');

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

  test('domain and context use no extension API, so they run anywhere', () => {
    const offenders = sources
      .filter(({ rel }) => ['domain', 'context'].includes(layerOf(rel)))
      .filter(({ text }) => /webextension-polyfill|\bchrome\.|\bbrowser\.(runtime|tabs|storage)/.test(text))
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

  test('no XHR, beacons, eval or HTML injection anywhere in src/', () => {
    const forbidden =
      /XMLHttpRequest|sendBeacon|\beval\s*\(|new\s+Function\s*\(|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(/;
    const offenders = sources.filter(({ text }) => forbidden.test(text)).map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });
});
