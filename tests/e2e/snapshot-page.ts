/** What tests/e2e/snapshot.e2e.ts, slicing.e2e.ts and the benches inject into a page: the reader, and both halves of the mirror. */
import { extractClientContext } from '../../src/context/extract';
import type { ExtractOptions } from '../../src/context/types';
import { Mirror } from '../../src/context/snapshot/mirror-keep';
import { takeVerdicts, withOracle } from '../../src/context/snapshot/mirror-read';
import type { MirrorPart } from '../../src/context/snapshot/mirror-wire';
import type { LayoutVerdict } from '../../src/context/dom';

export { extractClientContext } from '../../src/context/extract';
export { MirrorSender } from '../../src/context/snapshot/mirror-send';
export { Mirror } from '../../src/context/snapshot/mirror-keep';
export { takeVerdicts, withOracle } from '../../src/context/snapshot/mirror-read';
export { readInRounds } from '../../src/context/snapshot/mirror-rounds';
export { sendInPieces } from '../../src/content/send-pieces';

/**
 * The benches' reading page for one frame: each message applied to the frame's mirror (kept in a
 * document of its own), then the reader run over it with the layout verdicts the frame sent.
 */
export function mirrorReader(url: string) {
  const elsewhere = document.implementation.createHTMLDocument('').implementation;
  let mirror: Mirror | undefined;
  const verdicts = new Map<number, LayoutVerdict>();
  return {
    apply(part: MirrorPart): void {
      if (part.whole) mirror = new Mirror(part, elsewhere);
      if (!mirror) throw new Error('a delta before any whole page');
      mirror.seq = part.seq;
      mirror.apply(part);
      takeVerdicts(verdicts, part);
    },
    read(part: MirrorPart, options?: ExtractOptions) {
      if (!mirror) throw new Error('nothing to read before a whole page');
      return withOracle(mirror, verdicts, part.round, (doc) => extractClientContext(doc, url, options));
    },
  };
}
