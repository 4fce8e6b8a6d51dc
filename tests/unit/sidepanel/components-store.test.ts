import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Issue 11: models own their writes. A component of the panel or the options page reaches the
 * store only to recognise a refused write or to hear that data changed; reading and writing
 * records is its model's job (the options page's models are its *-model.ts files).
 */
const ALLOWED = ['StaleWriteError', 'onChanged'];

const COMPONENT_DIRS = ['sidepanel/components', 'options/components'];

function storeCallsOf(text: string): string[] {
  return [...text.matchAll(/^import\s+\{([^}]*)\}\s+from\s+'(?:\.\.\/)+store\/[^']+';/gm)].flatMap((match) =>
    (match[1] as string)
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type ')),
  );
}

describe('components leave reads and writes to their models', () => {
  test('no component calls the store but to recognise a refused write or hear of a change', () => {
    const found: Record<string, string[]> = {};
    for (const dir of COMPONENT_DIRS) {
      for (const file of readdirSync(join('src', dir)).filter((name) => /\.tsx?$/.test(name) && !/-(model|host-extension)\.ts$/.test(name))) {
        const calls = storeCallsOf(readFileSync(join('src', dir, file), 'utf8')).filter((name) => !ALLOWED.includes(name));
        if (calls.length > 0) found[`${dir}/${file}`] = calls;
      }
    }
    expect(found).toEqual({});
  });

  test('the check sees an import of a store function', () => {
    expect(storeCallsOf("import { createClient, type NewClientFields } from '../../store/clients';")).toEqual(['createClient']);
    expect(storeCallsOf("import type { RapportDb } from '../../store/db';")).toEqual([]);
  });
});
