import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SHARED_LIB } from '../../../src/content/shared-lib';
import { sharedModules } from '../../../scripts/shared-part.mjs';

/**
 * The shape rules part takes the modules the content script lends it from the content script
 * (scripts/shared-part.mjs): a name it imports from one of them that is not lent would be undefined
 * in the frame. Walks the part's imports from its entry, as the bundler does.
 */
const ENTRY = resolve('src/content/parts/shapes.ts');

function valueImports(file: string): { path: string; names: string[] }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import (?!type )\{([^}]*)\} from '(\.[^']+)';$/gm)].map(([, names, path]) => ({
    path: resolve(dirname(file), `${path}.ts`),
    names: (names as string).split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')),
  }));
}

test('every name the shapes part imports from a lent module is lent', () => {
  const lent = sharedModules(process.cwd()) as Map<string, keyof typeof SHARED_LIB>;
  const missing: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path, names } of valueImports(file)) {
      const key = lent.get(path);
      if (!key) visit(path);
      else for (const name of names) if (!(name in SHARED_LIB[key])) missing.push(`${name} from ${key}`);
    }
  };
  visit(ENTRY);
  expect(seen.size).toBeGreaterThan(3);
  expect([...lent.values()].sort()).toEqual(Object.keys(SHARED_LIB).sort());
  expect(missing).toEqual([]);
});
