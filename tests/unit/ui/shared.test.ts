import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Issue 11: what the panel and the options page both show is written once, in src/ui/. */
function sources(dir: string): { rel: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => ({ rel: relative('src', join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}
const PAGES = [...sources('src/sidepanel'), ...sources('src/options')];

describe('panel and options share their UI pieces', () => {
  test('there are pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(50);
  });

  test('every number field is the shared whole-number input', () => {
    expect(PAGES.filter(({ text }) => /type=["']number["']/.test(text)).map(({ rel }) => rel)).toEqual([]);
  });

  test('the local time zone is looked up in one place', () => {
    expect(PAGES.filter(({ text }) => /resolvedOptions\(\)\.timeZone/.test(text)).map(({ rel }) => rel)).toEqual([]);
  });

  test('the extension translate is the shared one: no page asks the browser for its messages itself', () => {
    expect(PAGES.filter(({ text }) => /i18n\.getMessage/.test(text)).map(({ rel }) => rel)).toEqual([]);
  });
});
