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
 * HAPI rules, +14 B: 249 → 269 of 357 corpus fields. 16.9 KB (16,761 → 17,265 B) for values in form
 * controls, phones (more labels, call links, others' phones kept apart), the stay in sentences and
 * labelled far below the banner: 269 → 276 of 357.)
 */
const CONTENT_SCRIPT_BUDGET = 16.9 * 1024;
/**
 * gzip -9 bytes of each part, injected only into a frame that needs it. The shape rules borrow the
 * content script's labels, dates and text modules (8.6 KB with its own copies); the others carry theirs.
 * Shapes 4.65 → 4.75 KB (4,737 → 4,837 B) for the one-line record rules ("born …" in prose, a "#" identifier on a
 * line a name leads): generator prose-lines 11 → 17 of 20 read right. 5.15 KB (5,246 B) when the
 * adapter's block completion moved here from the content script (main.js 16,790 → 16,761 B) and
 * gained the stay from an export's one Encounter entry naming the client. 6.1 KB (6,194 B) with the stay
 * written in sentences and whose a phone is (generic/stay-prose.ts, generic/others.ts).
 */
const PART_BUDGETS: Readonly<Record<string, number>> = { 'shapes.js': 6.1 * 1024, 'structured.js': 6 * 1024, 'teach.js': 2.75 * 1024 };

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
    expect(parts.map((f) => f.replace(/.*\//, '')).sort()).toEqual(['shapes.js', 'structured.js', 'teach.js']);
    for (const file of [...adapters, ...parts, join(dist, 'src/content/main.js')]) expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*import[\s{]/m);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).web_accessible_resources).toBeUndefined();
  });
  test('the content script in every EHR frame stays within its size budget, without the picker, the structured-data reader or the shape rules', () => {
    const main = readFileSync(join(dist, 'src/content/main.js'));
    expect(gzipSync(main, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
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

