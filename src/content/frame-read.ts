import { MirrorSender } from '../context/snapshot/mirror-send';
import type { MirrorPart } from '../context/snapshot/mirror-wire';
import { readInRounds } from '../context/snapshot/mirror-rounds';
import { markedAdapter } from './page-markers';
import { mayShowClient } from './pre-check';
import type { ExtractContext } from './reader';

/** What a frame sends to be read (docs/reader-split.md): a read's first message; null for a page that cannot show a client. */
export type FrameRead = { part: MirrorPart; sender: MirrorSender; adapter?: string } | null;

/** The adapters whose site serves this URL (the background matches URLs: the registry decides). */
type SiteAdapters = (url: string) => Promise<readonly string[]>;

/**
 * The content script's half of reading: which site adapter the page is (its URL as the background
 * judged it, and the adapter's marker on the page) and what changed on the page since the mirror
 * where the rules run last heard (the page whole, the first time), taken in slices. A frame whose
 * page cannot show a client (no adapter, nothing taught, and the pre-check says no) sends nothing
 * until it can; once sent, its page is read through the mirror, whatever it shows.
 */
export function frameReader(siteAdapters: SiteAdapters): { extract: ExtractContext<FrameRead>; send<T extends object>(read: NonNullable<FrameRead>, send: (part: MirrorPart) => Promise<T>): Promise<T | null>; stop(): void } {
  let sender: MirrorSender | undefined;
  /** The last read's rounds: the next read's changes are taken once they are over (messages go in order). */
  let rounds: Promise<unknown> = Promise.resolve();
  const stop = () => {
    sender?.stop();
    sender = undefined;
  };
  return {
    stop,
    send: (read, send) => {
      const done = readInRounds(read.sender, read.part, send);
      rounds = done.catch(() => undefined);
      return done;
    },
    extract: async (doc, url, options) => {
      await rounds;
      const adapter = markedAdapter(doc, await siteAdapters(url));
      // Once the page is mirrored its pre-check is not run again: it says no only where the rules read no client,
      // which the mirror's read then says, and on a big page it costs more than a read's changes (bench chart: 0.6×
      // innerText against 0.1×).
      if (!adapter && !options.profile && !sender && !mayShowClient(doc)) {
        stop();
        return null;
      }
      sender ??= new MirrorSender(doc);
      return { part: await sender.begin(options), sender, ...(adapter ? { adapter } : {}) };
    },
  };
}
