import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the builds ship for page reading (after `npm run build`): the store builds carry no demo
 * adapter (no script, no id, no marker), the demo build carries both; every adapter is its own
 * self-contained script the background injects on demand; nothing is web-accessible to pages.
 */
const DEMO_IDS = ['demo-classic', 'demo-app'];
/**
 * gzip -9 bytes of the script injected into every EHR frame. Issue 9's target is 12 KB; the bench
 * reports it. This holds what has been reached so it only shrinks: lower it with each cut. (Raised
 * once, 18.75 → 19.25 KB, for the reading rules that took unseen pages from 64 % to 70 % of fields:
 * 19.1 → 19.6 KB. Lowered 18.375 → 16.125 KB when the shape rules became a part that borrows the modules it shares;
 * 16.375 KB with the corpus branch's block and stay rules merged, +277 B; 16.4 KB with its prose and
 * HAPI rules, +14 B: 249 → 269 of 357 corpus fields. 4.375 KB (4,438 B) when the reader proper
 * became a part of its own, loaded only where the pre-check, a taught profile or an adapter says the
 * page may show a client; 4.4 KB (4,486 B) with the pre-check's unlabelled call-link phone; 4.375 KB
 * (4,477 B) when the shape rules joined the reader part.)
 */
const CONTENT_SCRIPT_BUDGET = 4.375 * 1024;
/**
 * gzip -9 bytes of each part, injected only into a frame that needs it.
 * Shapes 4.65 → 4.75 KB (4,737 → 4,837 B) for the one-line record rules ("born …" in prose, a "#" identifier on a
 * line a name leads): generator prose-lines 11 → 17 of 20 read right. 5.15 KB (5,246 B) when the
 * adapter's block completion moved here from the content script (main.js 16,790 → 16,761 B) and
 * gained the stay from an export's one Encounter entry naming the client. The reader 13.6 KB
 * (13,905 B): what main.js carried beyond the small stage (16,761 B before the split) and the lent
 * modules' table; 14.25 KB (14,481 B) with the corpus branch's form-control values and phone rules.
 * The shape rules joined the reader part (85 of the 86 corpus pages that loaded the reader loaded
 * them too): 17.25 KB (17,661 B) where a patient frame took 14,481 + 5,247 = 19,728 B in two parts.
 * 18 KB (18,351 B) with the corpus branch's stay sentences and reading past the banner; 18.05 KB
 * for a combined "Unit / Room / Bed" label read whole (it gave a bare "/" as the location). 18.375 KB
 * (+385 B, 18,420 → 18,805 B by content-size.mjs) for the stay in a table's one row, an encounter-numbered
 * row, a class-led encounter period, an export's one unreferenced Encounter entry, and no table read as a line.
 * 18.7 KB (+310 B, 19,115 B) for one-word names beside a record number and a birth date. 19.2 KB
 * (+481 B, 19,596 B; the built reader.js 19,619 B here) for one-line records a chart-style name leads, "Patient … (born …)" and sentences
 * giving a whole identity: generated held-out 67 → 70 of 80 (inline-prose 11 → 14 of 20).
 */
const PART_BUDGETS: Readonly<Record<string, number>> = { 'reader.js': 19.2 * 1024, 'structured.js': 6 * 1024, 'teach.js': 2.75 * 1024 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['dist/chrome', 'dist/firefox'])('store build %s', (dist) => {
  test('has no demo adapter anywhere', () => {
    const scripts = files(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const id of DEMO_IDS) expect(text.includes(`"${id}"`) || text.includes(`\`${id}\``) || text.includes(`'${id}'`), `${file} mentions ${id}`).toBe(false);
      expect(text.includes('table#pt-header'), `${file} has the demo marker`).toBe(false);
    }
    expect(existsSync(join(dist, 'src/content/adapters/demo-classic.js'))).toBe(false);
  });
  test('adapter scripts are self-contained (no imports) and nothing is web-accessible', () => {
    const adapters = files(join(dist, 'src/content/adapters'));
    expect(adapters.length).toBeGreaterThanOrEqual(9);
    const parts = files(join(dist, 'src/content/parts'));
    expect(parts.map((f) => f.replace(/.*\//, '')).sort()).toEqual(['reader.js', 'structured.js', 'teach.js']);
    for (const file of [...adapters, ...parts, join(dist, 'src/content/main.js')]) expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*import[\s{]/m);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).web_accessible_resources).toBeUndefined();
  });
  test('the content script in every EHR frame stays within its size budget, without the reader, the picker, the structured-data reader or the shape rules', () => {
    const main = readFileSync(join(dist, 'src/content/main.js'));
    expect(gzipSync(main, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    // The reader's label tables (a label that names someone else) are in its part alone.
    expect(main.includes('authenticator')).toBe(false);
    expect(readFileSync(join(dist, 'src/content/parts/reader.js')).includes('authenticator')).toBe(true);
    // Loaded on demand (src/content/parts): the picker's element, the app-state variable names, the name particles.
    expect(main.includes('rapport-picker')).toBe(false);
    expect(main.includes('__NEXT_DATA__') || main.includes('APOLLO_STATE')).toBe(false);
    expect(main.includes('binti')).toBe(false);
  });
  test('each part stays within its own size budget', () => {
    for (const [name, budget] of Object.entries(PART_BUDGETS)) {
      expect(gzipSync(readFileSync(join(dist, 'src/content/parts', name)), { level: 9 }).length, name).toBeLessThanOrEqual(budget);
    }
  });
});

test('the demo build carries the demo adapters as scripts of their own', () => {
  for (const id of DEMO_IDS) expect(existsSync(join('dist/chrome-demo/src/content/adapters', `${id}.js`))).toBe(true);
});

