/**
 * Reads a page the split way (docs/reader-split.md): the frame's mirror sender on the live document,
 * the mirror in a windowless document elsewhere, read in rounds with the live checker's verdicts.
 * Equivalence tests compare it with reading the live document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { loadCorpus } from './corpus';
import { generatedSample } from '../generator/sample';
import type { ClientContext, ExtractOptions } from '../../../src/context/types';
import { MirrorSender } from '../../../src/context/snapshot/mirror-send';
import { Mirror } from '../../../src/context/snapshot/mirror-keep';
import { withOracle } from '../../../src/context/snapshot/mirror-read';
import { readInRounds } from '../../../src/context/snapshot/mirror-rounds';
import type { MirrorPart } from '../../../src/context/snapshot/mirror-wire';

export type ExtractWith = (doc: Document, url: string, options?: ExtractOptions) => Promise<ClientContext | null>;

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
/** The day the corpus is read on, fixed so a reading does not change with the clock. */
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

/** Every corpus page, every fixture, and `generated` generated pages a family. */
export function equivalenceCases(generated: number): EquivalenceCase[] {
  return [
    ...loadCorpus().map((p) => ({ id: p.id, html: p.html, url: p.url, heldOut: p.split === 'held-out', options: { today: TODAY }, expected: p.expected })),
    ...fixtureCases(),
    ...generatedSample(generated).map((p) => ({ id: p.id, html: p.html, url: p.url, heldOut: p.split === 'held-out', options: { today: TODAY }, expected: p.expected as Fields | null })),
  ];
}

/**
 * A frame's page read through the mirror (docs/reader-split.md, "The mirror"): the frame's sender on
 * the live document, the mirror in a blank window's document, each message structured-cloned as
 * messaging carries it, and read in rounds with the live checker's verdicts. Kept across reads, so a
 * test can change the live page and read again (deltas then, not the page whole).
 */
export function mirrorReader(doc: Document, extract: ExtractWith) {
  const sender = new MirrorSender(doc);
  const elsewhere = new Window();
  const impl = (elsewhere.document as unknown as Document).implementation;
  let mirror: Mirror | undefined;
  const verdicts = new Map<number, boolean>();
  const sent: MirrorPart[] = [];
  return {
    sent,
    async read(url: string, options: ExtractOptions = {}): Promise<ClientContext | null> {
      sent.length = 0;
      const answer = await readInRounds(sender, await sender.begin(), async (raw) => {
        sent.push(raw);
        const part = structuredClone(raw);
        if (part.whole) mirror = new Mirror(part, impl);
        if (!mirror || mirror.gen !== part.gen || mirror.seq + 1 !== part.seq) return { resend: true as const };
        mirror.seq = part.seq;
        mirror.apply(part);
        if (part.round === 0) verdicts.clear();
        for (const id of part.seen ?? []) verdicts.set(id, true);
        for (const id of part.unseen ?? []) verdicts.set(id, false);
        return withOracle(mirror, verdicts, part.round, (d) => extract(d, url, options));
      });
      return answer && 'context' in answer ? answer.context : null;
    },
    /** The mirror's document as text, for comparing with the live page's. */
    mirrored: () => mirror?.doc.documentElement?.outerHTML ?? '',
    async close() {
      sender.stop();
      await elsewhere.happyDOM.close();
    },
  };
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
