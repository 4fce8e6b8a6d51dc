/**
 * Reads a page the split way (docs/reader-split.md): a snapshot of the live document, rebuilt as a
 * windowless document, read there. Equivalence tests compare it with reading the live document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { loadCorpus } from './corpus';
import { generatedSample } from '../generator/sample';
import { takeSnapshot } from '../../../src/context/snapshot/take';
import { rebuildPage } from '../../../src/context/snapshot/rebuild';
import type { ClientContext, ExtractOptions } from '../../../src/context/types';
import { MirrorSender } from '../../../src/context/snapshot/mirror-send';
import { Mirror } from '../../../src/context/snapshot/mirror-keep';
import { withOracle } from '../../../src/context/snapshot/mirror-read';
import { readInRounds } from '../../../src/context/snapshot/mirror-rounds';
import type { MirrorPart } from '../../../src/context/snapshot/mirror-wire';

export type ExtractWith = (doc: Document, url: string, options?: ExtractOptions) => Promise<ClientContext | null>;

/**
 * Snapshot → structured clone (as a message carries it) → rebuilt in a blank window, as in the
 * extension's own page (whose documents do not have the page's address) → read.
 */
export async function readRebuilt(doc: Document, url: string, extract: ExtractWith, options: ExtractOptions = {}): Promise<ClientContext | null> {
  const snapshot = structuredClone(await takeSnapshot(doc));
  const elsewhere = new Window();
  try {
    const rebuilt = rebuildPage(snapshot, (elsewhere.document as unknown as Document).implementation);
    return rebuilt ? await extract(rebuilt, url, options) : null;
  } finally {
    await elsewhere.happyDOM.close();
  }
}

type Fields = Record<string, unknown>;

/**
 * How a rebuilt reading differs from the live one. `stricter`: less of the same client (fields dropped,
 * or no client). `righter`: a field's value differs and the rebuilt one is the page's answer where the
 * live one was not (the live read took text a person cannot see). `different`: anything else — a value
 * no one vouches for, or another client: never acceptable.
 */
export type DifferenceKind = 'same' | 'stricter' | 'righter' | 'different';

export function differenceKind(live: Fields | null, rebuilt: Fields | null, expected?: Fields | null): DifferenceKind {
  if (JSON.stringify(live) === JSON.stringify(rebuilt)) return 'same';
  if (rebuilt === null) return 'stricter';
  if (live === null || rebuilt.source !== live.source || rebuilt.name !== live.name) return 'different';
  const changed = Object.keys(rebuilt).filter((k) => k !== 'confidence' && k !== 'provenance' && rebuilt[k] !== live[k]);
  if (changed.every((k) => live[k] === undefined ? false : rebuilt[k] === undefined)) return 'stricter';
  return expected && changed.every((k) => rebuilt[k] === expected[k]) ? 'righter' : 'different';
}

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
