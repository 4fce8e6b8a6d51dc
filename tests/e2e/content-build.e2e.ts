import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the builds ship for page reading (after `npm run build`): the store builds carry no demo
 * adapter (no script, no id, no marker), the demo build carries both; every adapter is its own
 * self-contained script the background injects on demand; nothing is web-accessible to pages.
 */
const DEMO_IDS = ['demo-classic', 'demo-app'];

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
    for (const file of [...adapters, join(dist, 'src/content/main.js')]) expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*import[\s{]/m);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).web_accessible_resources).toBeUndefined();
  });
});

test('the demo build carries the demo adapters as scripts of their own', () => {
  for (const id of DEMO_IDS) expect(existsSync(join('dist/chrome-demo/src/content/adapters', `${id}.js`))).toBe(true);
});

