import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

const CHART = `<header class="pt-banner"><dl><dt>Patient name</dt><dd>DOE, JANE M</dd><dt>MRN</dt><dd>MRN-100234</dd><dt>DOB</dt><dd>01/05/1950</dd></dl></header>`;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('time budget', () => {
  it('reads the page when the clock stands still', () => {
    const r = extractClientContext(parse(CHART), 'https://ehr.example.org/', { clock: () => 0, budgetMs: 50 });
    expect(r?.name).toBe('Jane M. Doe');
  });
  it('returns null once the fake clock passes the budget', () => {
    let calls = 0;
    // The page "took" 1 s after the start was noted.
    const clock = () => (calls++ === 0 ? 0 : 1000);
    expect(extractClientContext(parse(CHART), 'https://ehr.example.org/', { clock, budgetMs: 50 })).toBeNull();
  });
  it('stops part-way through a long scan', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    let t = 0;
    let calls = 0;
    const clock = () => {
      calls++;
      return (t += 1);
    };
    // The rows come first, so the reader cannot stop early at a banner and must scan them.
    expect(extractClientContext(parse(rows + CHART), 'https://ehr.example.org/', { clock, budgetMs: 5 })).toBeNull();
    // It gave up early instead of finishing the page and checking once at the end.
    expect(calls).toBeLessThan(10);
  });
  it('defaults to 50 ms', () => {
    let t = 0;
    const clock = () => (t += 30);
    expect(extractClientContext(parse(CHART), 'https://ehr.example.org/', { clock })).toBeNull();
  });
  it('also bounds the adapter path', () => {
    const doc = parse('<div id="app-root"><header class="pt-banner"><h2 class="pt-name">Jane Doe</h2></header></div>');
    let t = 0;
    expect(extractClientContext(doc, 'http://127.0.0.1:1/app/patient/1', { clock: () => (t += 100), budgetMs: 50 })).toBeNull();
    expect(extractClientContext(doc, 'http://127.0.0.1:1/app/patient/1', { clock: () => 0 })?.source).toBe('demo-app');
  });
});

describe('hostile pages', () => {
  it('never throws', () => {
    const doc = parse(CHART);
    Object.defineProperty(doc, 'body', { get() { throw new Error('boom'); } });
    expect(() => extractClientContext(doc, 'https://ehr.example.org/')).not.toThrow();
    expect(extractClientContext(doc, 'https://ehr.example.org/')).toBeNull();
    expect(extractClientContext(parse(CHART), 'not a url')?.name).toBe('Jane M. Doe');
  });
  it('caps text read from huge elements', () => {
    const doc = parse(`<header class="pt-banner"><dl><dt>Patient name</dt><dd>${'A'.repeat(1_000_000)}</dd><dt>MRN</dt><dd>1</dd></dl></header>`);
    expect(extractClientContext(doc, 'https://ehr.example.org/', { budgetMs: 2000 })).toBeNull();
  });
  it('survives a big page within budget or returns null', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>Row ${i}</td><td>value</td></tr>`).join('');
    const doc = parse(`${CHART}<table>${rows}</table>`);
    const r = extractClientContext(doc, 'https://ehr.example.org/', { budgetMs: 5000 });
    expect(r?.mrn).toBe('MRN-100234');
  });
});

describe('taught profiles', () => {
  const page = '<div class="who"><span class="n">ROE, RICHARD</span><span class="id">A-77</span><span class="b">07/04/1961</span></div>';
  const profile = { origin: 'https://crm.example.com', selectors: { name: '.who .n', mrn: '.who .id', dob: '.who .b' } };
  it('uses the selectors for its origin', () => {
    const r = extractClientContext(parse(page), 'https://crm.example.com/c/1', { profile, budgetMs: 1000 });
    expect(r).toMatchObject({ name: 'Richard Roe', mrn: 'A-77', dob: '1961-07-04', source: 'profile' });
    expect(r?.provenance?.name).toBe('taught: .who .n');
  });
  it('ignores a profile for another origin', () => {
    expect(extractClientContext(parse(page), 'https://other.example.com/c/1', { profile, budgetMs: 1000 })).toBeNull();
  });
  it('survives invalid selectors', () => {
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
