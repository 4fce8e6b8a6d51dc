import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import messages from '../../public/_locales/en/messages.json';
import { TRUST_TAGS } from '../../src/domain/auto-ticks';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = filesUnder('src').map((path) => readFileSync(path, 'utf8'));
const keys = new Set(Object.keys(messages));

describe('every UI string goes through chrome.i18n', () => {
  test('each key the code asks for exists in _locales/en/messages.json', () => {
    const asked = new Set<string>();
    for (const text of sources) {
      for (const match of text.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z_]+)'/g)) asked.add(match[1] as string);
      // Keys held in lookup tables: `{ call: 'channelCall', … }` and ternaries `t(x ? 'a' : 'b')`.
      for (const match of text.matchAll(/:\s*'((?:channel|direction|outcome|cadence|field|tier|tag_)[A-Za-z_]+)'/g)) asked.add(match[1] as string);
      for (const match of text.matchAll(/\bt\([^()]*\?\s*'([A-Za-z_]+)'\s*:\s*'([A-Za-z_]+)'\)/g)) {
        asked.add(match[1] as string);
        asked.add(match[2] as string);
      }
    }
    for (const tag of Object.values(TRUST_TAGS)) asked.add(`tag_${tag.replace('-', '_')}`);
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !keys.has(key)).sort()).toEqual([]);
  });

  test('placeholders are declared for every $NAME$ a message uses', () => {
    type Entry = { message: string; placeholders?: Record<string, { content: string }> };
    const broken = Object.entries(messages as Record<string, Entry>).filter(([, entry]) =>
      [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].some((m) => !entry.placeholders?.[(m[1] as string).toLowerCase()]),
    );
    expect(broken.map(([key]) => key)).toEqual([]);
  });
});
