/**
 * The pages the reader split's equivalence test (tests/e2e/snapshot.e2e.ts) reads both ways
 * (docs/reader-split.md): live, and through the frame's mirror; and how it changes them between reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus';
import { generatedSample } from '../generator/sample';
import type { ExtractOptions } from '../../../src/context/types';

type Fields = Record<string, unknown>;

/** One page the equivalence tests read both ways. */
export interface EquivalenceCase {
  id: string;
  html: string;
  url: string;
  heldOut: boolean;
  options: ExtractOptions;
  /** The page's answer, where it has one (generator, corpus, fixture). */
  expected: Fields | null;
}

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
/** The day a fixture without a day of its own is read on, fixed so its reading does not change with the clock. */
const TODAY = '2026-12-05';

function fixtureCases(): EquivalenceCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'src')
    .flatMap((d) =>
      readdirSync(path.join(FIXTURES, d.name))
        .filter((f) => f.endsWith('.html'))
        .map((f) => {
          const base = path.join(FIXTURES, d.name, f.slice(0, -'.html'.length));
          const json = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; dateOrder?: ExtractOptions['dateOrder']; today?: string; expected: Fields | null };
          // The reader never looks at stylesheets; happy-dom would try to fetch them.
          const html = readFileSync(`${base}.html`, 'utf8').replace(/<link\b[^>]*>/gi, '');
          return { id: `fixtures/${d.name}/${f}`, html, url: json.url, heldOut: false, options: { dateOrder: json.dateOrder, today: json.today ?? TODAY }, expected: json.expected };
        }),
    );
}

/**
 * Every corpus page, every fixture, and `generated` generated pages a family. Corpus and generated pages are read
 * without options, as the corpus is scored, so the equivalence test's first live read is also the corpus check's.
 */
export function equivalenceCases(generated: number): EquivalenceCase[] {
  return [
    ...loadCorpus().map((p) => ({ id: p.id, html: p.html, url: p.url, heldOut: p.split === 'held-out', options: {}, expected: p.expected })),
    ...fixtureCases(),
    ...generatedSample(generated).map((p) => ({ id: p.id, html: p.html, url: p.url, heldOut: p.split === 'held-out', options: {}, expected: p.expected as Fields | null })),
  ];
}

/**
 * Changes a page the way a single-page app does, the same way whatever it holds: an element hidden,
 * one replaced by a new copy, one moved, a text edited, a field typed in. Self-contained (no import),
 * so a browser test can run it in its page (`page.evaluate(changePage)`).
 */
export function changePage(doc: Document = document): void {
  const all = doc.body?.getElementsByTagName('*');
  if (!all || all.length < 4) return;
  const at = (f: number) => all[Math.floor(all.length * f)] as Element;
  at(0.3).setAttribute('hidden', '');
  const copy = at(0.5).cloneNode(true) as Element;
  for (const t of Array.from(copy.querySelectorAll('*')).slice(0, 3)) t.setAttribute('data-copy', '1');
  at(0.5).replaceWith(copy);
  doc.body.append(at(0.25));
  const walker = doc.createTreeWalker(at(0.7), 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!(t.nodeValue ?? '').trim()) continue;
    t.nodeValue = `${t.nodeValue} 2`;
    break;
  }
  const input = doc.querySelector('input:not([type]), input[type=text]') as HTMLInputElement | null;
  if (input) input.value = 'Doe, Jane';
}
