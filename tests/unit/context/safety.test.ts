import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

const CHART = `<header class="pt-banner"><dl><dt>Patient name</dt><dd>DOE, JANE M</dd><dt>MRN</dt><dd>MRN-100234</dd><dt>DOB</dt><dd>01/05/1950</dd></dl></header>`;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A fake clock that moves `step` ms per reading, and a yield that counts instead of waiting. */
function fakeTime(step: number) {
  let t = 0;
  const yields: number[] = [];
  return { clock: () => (t += step), yieldTo: async () => void yields.push(t), yields };
}

describe('time slicing', () => {
  it('reads the page when the clock stands still, in one slice', async () => {
    const time = fakeTime(0);
    const r = await extractClientContext(parse(CHART), 'https://ehr.example.org/', time);
    expect(r?.name).toBe('Jane M. Doe');
    expect(time.yields).toHaveLength(0);
  });
  it('a slow machine gives the same answer, after yielding between slices', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    const fast = await extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', fakeTime(0));
    // Every clock reading "takes" 2 ms, and the scan reads the clock at every element: a far slower machine than any
    // real one (2,000 rows are 4 s of it, under the 10 s cap).
    const slow = fakeTime(2);
    const r = await extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', slow);
    expect(r).toEqual(fast);
    expect(r?.mrn).toBe('MRN-100234');
    expect(slow.yields.length).toBeGreaterThan(3);
  });
  it('stops at the wall-clock cap and answers null', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    const time = fakeTime(1000);
    expect(await extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', { ...time, capMs: 5000 })).toBeNull();
  });
  it('says it gave up at the cap, and not when it read the page to its end and found nobody', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    const gaveUp: string[] = [];
    await extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', { ...fakeTime(1000), capMs: 5000, onGaveUp: () => gaveUp.push('capped') });
    expect(await extractClientContext(parse(rows), 'https://ehr.example.org/', { ...fakeTime(0), onGaveUp: () => gaveUp.push('nobody') })).toBeNull();
    expect(gaveUp).toEqual(['capped']);
  });
  it('slices the adapter path too, with the same answer', async () => {
    const doc = parse('<div id="app-root"><header class="pt-banner"><h2 class="pt-name">Jane Doe</h2></header></div>');
    const slow = await extractClientContext(doc, 'http://127.0.0.1:1/app/patient/1', fakeTime(50));
    expect(slow?.source).toBe('demo-app');
    expect(slow).toEqual(await extractClientContext(doc, 'http://127.0.0.1:1/app/patient/1', fakeTime(0)));
  });
  it('reports each slice', async () => {
    const slices: number[] = [];
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    await extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', { ...fakeTime(3), onSlice: (ms) => slices.push(ms) });
    expect(slices.length).toBeGreaterThan(1);
    for (const ms of slices) expect(ms).toBeLessThanOrEqual(8 + 3 * 2);
  });
});

describe('hostile pages', () => {
  it('never throws', async () => {
    const doc = parse(CHART);
    Object.defineProperty(doc, 'body', { get() { throw new Error('boom'); } });
    expect(await extractClientContext(doc, 'https://ehr.example.org/')).toBeNull();
    expect((await extractClientContext(parse(CHART), 'not a url'))?.name).toBe('Jane M. Doe');
  });
  it('caps text read from huge elements', async () => {
    const doc = parse(`<header class="pt-banner"><dl><dt>Patient name</dt><dd>${'A'.repeat(1_000_000)}</dd><dt>MRN</dt><dd>1</dd></dl></header>`);
    expect(await extractClientContext(doc, 'https://ehr.example.org/')).toBeNull();
  });
  it('survives a big page within budget or returns null', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>Row ${i}</td><td>value</td></tr>`).join('');
    const doc = parse(`${CHART}<table>${rows}</table>`);
    const r = await extractClientContext(doc, 'https://ehr.example.org/');
    expect(r?.mrn).toBe('MRN-100234');
  });
});

describe('taught profiles', () => {
  const page = '<div class="who"><span class="n">ROE, RICHARD</span><span class="id">A-77</span><span class="b">07/04/1961</span></div>';
  const profile = { origin: 'https://crm.example.com', selectors: { name: '.who .n', mrn: '.who .id', dob: '.who .b' } };
  it('uses the selectors for its origin', async () => {
    const r = await extractClientContext(parse(page), 'https://crm.example.com/c/1', { profile });
    expect(r).toMatchObject({ name: 'Richard Roe', mrn: 'A-77', dob: '1961-07-04', source: 'profile' });
    expect(r?.provenance?.name).toBe('taught: .who .n');
  });
  it('ignores a profile for another origin', async () => {
    expect(await extractClientContext(parse(page), 'https://other.example.com/c/1', { profile })).toBeNull();
  });
  it('survives invalid selectors', async () => {
    const bad = { ...profile, selectors: { name: ':::nonsense((' } };
    expect(() => extractClientContext(parse(page), 'https://crm.example.com/c/1', { profile: bad })).not.toThrow();
  });
});

describe('purity', () => {
  it('src/context uses no extension APIs, no markup injection, no network, no outside imports', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../../../src/context');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
      });
    for (const file of walk(root)) {
      const src = readFileSync(file, 'utf8');
      expect(src, file).not.toMatch(/\b(?:chrome|browser)\.\w/);
      expect(src, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\beval\s*\(|new Function|\bfetch\s*\(|XMLHttpRequest/);
      for (const m of src.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), m[1] as string);
        // The model (the shapes a reading produces) is the one floor below.
        expect(target.startsWith(root) || target.startsWith(path.resolve(root, '../model')), `${file} imports ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('form rows', () => {
  it('a row holding a <label> and its control is not a label: the next row is never its value', async () => {
    const row = (id: string, label: string, value: string) => `<div data-id="${id}"><label for="i-${id}">${label}</label><input id="i-${id}" value="${value}"></div>`;
    const page = parse(`<main>${row('fn', 'First Name', 'Marguerite')}${row('ln', 'Last Name', 'Tshabalala')}${row('jt', 'Job Title', 'Retired teacher')}${row('bd', 'Birthday', '6/3/1958')}${row('mrn', 'Medical Record Number', 'MRN00281174')}</main>`);
    const r = await extractClientContext(page, 'https://crm.example.org/contact', { today: '2026-12-10' });
    expect(r?.name).toBe('Marguerite Tshabalala');
    expect(r?.mrn).toBe('MRN00281174');
  });
});
