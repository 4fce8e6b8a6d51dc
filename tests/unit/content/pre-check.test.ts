import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKED, mayShowClient } from '../../../src/content/pre-check';
import { extractClientContext } from '../../../src/context/extract';
import { loadCorpus } from '../../corpus/harness/corpus';
import { generatedSample } from '../../corpus/generator/sample';

/**
 * The pre-check keeps the reader out of frames that cannot show a client; a wrong "no" is a lost
 * reading. Every page the reader reads a client from (the corpus, a generated sample of every
 * family, every fixture, read by the generic reader as a page whose adapter the background did not
 * name) passes it; pages that show nobody mostly do not.
 */
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function fixtures() {
  return readdirSync('tests/fixtures', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'src')
    .flatMap((d) =>
      readdirSync(join('tests/fixtures', d.name))
        .filter((f) => f.endsWith('.html'))
        .map((f) => {
          const json = JSON.parse(readFileSync(join('tests/fixtures', d.name, f.replace(/\.html$/, '.json')), 'utf8')) as { url: string; today?: string; dateOrder?: 'MDY' | 'DMY' };
          const html = readFileSync(join('tests/fixtures', d.name, f), 'utf8').replace(/<link[^>]*>/g, '');
          return { id: `${d.name}/${f}`, html, url: json.url, options: { today: json.today, dateOrder: json.dateOrder } };
        }),
    );
}

// A page the pre-check lets through needs no reading to pass; only those it stops are read (all of them), and every
// tenth of the rest, so that the check cannot pass on a reader that reads nobody. Reading every page took 23 s of CPU.
test('never says no on a page the reader reads a client from', async () => {
  const pages = [...loadCorpus().map((p) => ({ ...p, html: p.html.replace(/<link[^>]*>/g, ''), options: {} })), ...generatedSample(20).map((p) => ({ ...p, options: {} })), ...fixtures()];
  const missed: string[] = [];
  let clients = 0;
  let stayed = 0;
  // Without its size caps too: the rules alone must never say no where the reader reads a client.
  const unbounded = { chars: Infinity, elements: Infinity };
  for (const [i, page] of pages.entries()) {
    const d = doc(page.html);
    const maybe = mayShowClient(d);
    const passes = maybe && mayShowClient(d, unbounded);
    if (passes && i % 10 !== 0) continue;
    const reading = await extractClientContext(d, page.url, { ...page.options, adapters: [] });
    if (reading) clients++;
    if (reading && !passes) missed.push(page.id);
    if (!reading && !maybe) stayed++;
  }
  expect(missed).toEqual([]);
  expect(clients).toBeGreaterThan(50);
  // Not a check that says yes to everything: some pages with nobody on them stay at the small stage.
  expect(stayed).toBeGreaterThan(0);
}, 300_000);

test('a date split across elements, or with invisible characters in it, counts', () => {
  expect(mayShowClient(doc('<p>Jane Doe</p><p><span>03</span>/<span>05</span>/<span>1950</span></p>'))).toBe(true);
  expect(mayShowClient(doc('<p>Jane Doe</p><p>03/0\u200B5/1950</p>'))).toBe(true);
  expect(mayShowClient(doc('<p>Jane Doe</p><p>born 5 March 1950</p>'))).toBe(true);
  expect(mayShowClient(doc('<p>Jane Doe</p><p>born March</p><p>5, 1950</p>'))).toBe(true);
});

test('record numbers by label, "#" or brackets count, with a digit', () => {
  expect(mayShowClient(doc('<h1>Jane Doe</h1><span>MRN</span><span>123456</span>'))).toBe(true);
  expect(mayShowClient(doc('<h1>Jane Doe</h1><span>Female</span><span>CMRN</span><span>123456</span>'))).toBe(true);
  expect(mayShowClient(doc('<h1>Jane Doe</h1><span>#103526K</span>'))).toBe(true);
  expect(mayShowClient(doc('<div>Jane Doe (PT-10833) · F · 72 y</div>'))).toBe(true);
  expect(mayShowClient(doc('<h1>Jane Doe</h1><span>Record</span>'))).toBe(false);
  expect(mayShowClient(doc('<p>Mr. Smith called (404) 555-0193 about 3 rooms</p>'))).toBe(false);
});

test('a record number only its markup names counts, as the reader reads it (ehr-hinted-id.ts)', () => {
  expect(mayShowClient(doc('<a><span class="patient-name">Jane Doe</span><span class="patient-id">KSM309950</span></a>'))).toBe(true);
  expect(mayShowClient(doc('<span class="ptName">Jane Doe</span><span data-testid="ptNo">A-44120</span>'))).toBe(true);
  expect(mayShowClient(doc('<span class="user-name">nurse.kamau</span><span class="ward-id">4</span>'))).toBe(false);
});

test('what the reader reads besides text counts: aria-labels, form values, open shadow trees', () => {
  expect(mayShowClient(doc('<span aria-label="Patient name">Jane Doe</span><span aria-label="Sex">F</span>'))).toBe(true);
  const form = doc('<label for="n">Name</label><input id="n"><label for="b">Born</label><input id="b">');
  expect(mayShowClient(form)).toBe(false);
  (form.getElementById('b') as HTMLInputElement).value = '1950-01-05';
  expect(mayShowClient(form)).toBe(true);
  const host = doc('<div id="host"></div>');
  const shadow = host.getElementById('host')!.attachShadow({ mode: 'open' });
  const inner = host.createElement('p');
  inner.textContent = 'DOB 01/05/1950';
  shadow.append(inner);
  expect(mayShowClient(host)).toBe(true);
});

test('a labelled name alone says no; beside a further field it says yes', () => {
  expect(mayShowClient(doc('<header><b>Name:</b> Jane Doe</header>'))).toBe(false);
  expect(mayShowClient(doc('<header><b>Name:</b> Jane Doe <b>Sex:</b> F</header>'))).toBe(true);
  expect(mayShowClient(doc('<header><b>Name:</b> Jane Doe <a href="tel:5550101234">(555) 010-1234</a></header>'))).toBe(true);
});

test('structured data counts; scripts and styles are not text', () => {
  expect(mayShowClient(doc('<script type="application/ld+json">{"@type":"Patient","name":"Jane Doe"}</script>'))).toBe(true);
  expect(mayShowClient(doc('<script>var built = "2025-01-05"; var id = 123;</script><style>.x{}</style><nav>Home · Reports</nav>'))).toBe(false);
  expect(mayShowClient(doc('<nav><a>Inbox</a><a>Reports</a><a>Settings</a></nav><p>Welcome back</p>'))).toBe(false);
});

test('a big page without a date is left to the reader, which reads in slices; a small one is checked to the end', () => {
  expect(CHECKED.elements).toBeLessThan(3_100);
  expect(mayShowClient(doc(`<nav>${'<a>Inbox 3</a>'.repeat(2_000)}</nav>`))).toBe(true);
  expect(mayShowClient(doc(`<nav>${'<i></i>'.repeat(3_100)}<a>Inbox 3</a></nav>`))).toBe(true);
  expect(mayShowClient(doc(`<nav>${'<i></i>'.repeat(2_000)}<a>Inbox 3</a></nav>`))).toBe(false);
  expect(mayShowClient(doc(`<nav>${'<a>Inbox</a>'.repeat(400)}</nav>`))).toBe(false);
  expect(mayShowClient(doc('<nav><a>Inbox 3</a><a>Reports</a></nav><p>provide 3 options</p>'))).toBe(false);
  expect(mayShowClient(doc('<nav><a>Inbox 3</a></nav><span>Female</span><span>ID</span><span>123</span>'))).toBe(true);
});
