import type { ClientContext, SiteProfile } from '../types';
import type { SiteAdapter } from '../adapters/types';
import { readerFor } from '../adapters/runner';
import { readClientContext } from '../read';
import { KEEPS_BREAKS, KEEPS_SPACES, MUTED, setLayoutOracle, type LayoutVerdict } from '../dom';
import { Mirror } from './mirror-keep';
import { MAX_ROUNDS, type MirrorAnswer, type MirrorPart } from './mirror-wire';

export interface MirrorRead {
  url: string;
  part: MirrorPart;
  /** The site's adapter whose marker the live page carries (the frame judged it). */
  adapter?: string;
  profile?: SiteProfile;
}

/**
 * A frame's reading, or what the reading page needs first. `settled`: a read that ran to its end and found
 * nobody (not one that gave up, nor a page too large to mirror): the frame may let it stand.
 */
export type MirrorReply = { context: ClientContext | null; settled?: true } | MirrorAnswer;

/** Mirrors kept at once: a tab's frames and a few tabs; the least recently read goes first. */
const MAX_MIRRORS = 24;

type Kept = { mirror: Mirror; doc: string; verdicts: Map<number, LayoutVerdict> };

/**
 * The frames' pages, mirrored in the reading page (docs/reader-split.md), each keyed by its tab and
 * frame. A read runs the unchanged rules on the mirror; where they ask whether an element is seen
 * and the frame has not said, it is taken as seen for this run and asked of the frame, which answers
 * with its live checker; the read is run again until it asks nothing new, so the reading that counts
 * saw exactly the verdicts a read of the live page sees. A read still asking after MAX_ROUNDS is no
 * client.
 */
export class Mirrors {
  readonly #kept = new Map<string, Kept>();
  readonly #impl: DOMImplementation;
  readonly #adapters: readonly SiteAdapter[];

  constructor(impl: DOMImplementation, adapters: readonly SiteAdapter[]) {
    this.#impl = impl;
    this.#adapters = adapters;
  }

  get size(): number {
    return this.#kept.size;
  }

  /** Drops the mirrors of a tab that closed. */
  drop(tab: number): void {
    for (const key of [...this.#kept.keys()]) if (key.startsWith(`${tab}:`)) this.#kept.delete(key);
  }

  async read(tab: number, frame: number, request: MirrorRead, options: { today?: string } = {}): Promise<MirrorReply> {
    const key = `${tab}:${frame}`;
    const part = request.part;
    let kept = this.#kept.get(key);
    this.#kept.delete(key);
    try {
      if (part.whole) kept = { mirror: new Mirror(part, this.#impl), doc: part.doc, verdicts: new Map() };
      else if (!kept || kept.doc !== part.doc || kept.mirror.gen !== part.gen || kept.mirror.seq + 1 !== part.seq) return { resend: true };
      kept.mirror.seq = part.seq;
      kept.mirror.apply(part);
    } catch {
      return { resend: true };
    }
    this.#kept.set(key, kept);
    if (this.#kept.size > MAX_MIRRORS) this.#kept.delete(this.#kept.keys().next().value as string);
    takeVerdicts(kept.verdicts, part);
    return readMirror(kept.mirror, kept.verdicts, request, this.#adapters, options);
  }
}

/** The frame's verdicts in `part` kept for the read's rounds (a read's first message starts them anew). */
export function takeVerdicts(verdicts: Map<number, LayoutVerdict>, part: MirrorPart): void {
  if (part.round === 0) verdicts.clear();
  for (const id of part.seen ?? []) verdicts.set(id, true);
  for (const id of part.unseen ?? []) verdicts.set(id, false);
  for (const id of part.muted ?? []) verdicts.set(id, MUTED);
  for (const id of part.breaks ?? []) verdicts.set(id, KEEPS_BREAKS);
  for (const id of part.spaces ?? []) verdicts.set(id, KEEPS_SPACES);
}

/** One run of the rules on a mirror with the verdicts known; the ids it needed and did not have, if any. */
export function readMirror(mirror: Mirror, verdicts: ReadonlyMap<number, LayoutVerdict>, request: MirrorRead, adapters: readonly SiteAdapter[], options: { today?: string } = {}): Promise<MirrorReply> {
  const adapter = adapters.find((a) => a.id === request.adapter);
  const profile = request.profile ? { profile: request.profile } : {};
  return withOracle(mirror, verdicts, request.part.round, (doc, onGaveUp) => readClientContext(doc, request.url, adapter ? readerFor(adapter) : null, { ...options, ...profile, onGaveUp }));
}

/** `read` run on the mirror's document with the frame's verdicts as its layout (exported for the equivalence tests). */
export async function withOracle(
  mirror: Mirror,
  verdicts: ReadonlyMap<number, LayoutVerdict>,
  round: number,
  read: (doc: Document, onGaveUp: () => void) => Promise<ClientContext | null>,
): Promise<MirrorReply> {
  if (mirror.truncated) return { context: null };
  const asked = new Set<number>();
  setLayoutOracle(mirror.doc, (el) => {
    const id = mirror.idOf(el);
    if (id === undefined) return false;
    const known = verdicts.get(id);
    if (known !== undefined) return known;
    asked.add(id);
    return true;
  });
  let context: ClientContext | null;
  let gaveUp = false;
  try {
    context = await read(mirror.doc, () => (gaveUp = true));
  } finally {
    setLayoutOracle(mirror.doc, null);
  }
  if (!asked.size) return context || gaveUp ? { context } : { context, settled: true };
  return round + 1 >= MAX_ROUNDS ? { context: null } : { ask: [...asked] };
}
