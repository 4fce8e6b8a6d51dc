import { MirrorSender } from '../context/snapshot/mirror-send';
import type { MirrorPart } from '../context/snapshot/mirror-wire';
import { readInRounds } from '../context/snapshot/mirror-rounds';
import { markedAdapter } from './page-markers';
import { mayShowClient } from './pre-check';
import type { ExtractContext } from './reader';
import type { ContentReply } from '../messaging/replies';

/** What a frame sends to be read (docs/reader-split.md): a read's first message; null for a page that cannot show a client. */
export type FrameRead = { part: MirrorPart; sender: MirrorSender; adapter?: string } | null;

/** What `send` answers for a read it kept home: the frame's last report still stands. */
export const UNCHANGED = 'unchanged';

/**
 * The background's answers a later unchanged read may keep home: a client named, or "no client" from a read that ran
 * to its end. "No client" alone may come from a read that failed, and is asked for again.
 */
export const answerStands = (answer: ContentReply<'snapshot/read'>): boolean => ('identifiers' in answer && !!answer.identifiers?.length) || 'settled' in answer;

/**
 * How a read's answer is asked for: `key` names all else the reading page reads by (URL, adapter, profile, frame
 * view, the day); `quiet`: the frame read on its own (a timer, an event), not because the background asked;
 * `stands`: the answer may stand for later reads (not one a failed read may have given: no client found).
 */
export interface SendOptions<T> {
  key: string;
  quiet: boolean;
  stands?: (answer: T) => boolean;
}

/** A first message that adds nothing to the mirror (no page, change or form value), with its verdicts and key. */
function sameness(part: MirrorPart, key: string): string | null {
  if (part.whole || part.deltas?.length || part.values?.length) return null;
  return `${part.doc} ${part.gen} ${part.seen?.join()} ${part.unseen?.join()} ${part.muted?.join()} ${part.breaks?.join()} ${part.spaces?.join()} ${key}`;
}

/** The adapters whose site serves this URL (the background matches URLs: the registry decides). */
type SiteAdapters = (url: string) => Promise<readonly string[]>;

/**
 * The content script's half of reading: which site adapter the page is (its URL as the background
 * judged it, and the adapter's marker on the page) and what changed on the page since the mirror
 * where the rules run last heard (the page whole, the first time), taken in slices. A frame whose
 * page cannot show a client (no adapter, nothing taught, and the pre-check says no) sends nothing
 * until it can; once sent, its page is read through the mirror, whatever it shows.
 */
export function frameReader(siteAdapters: SiteAdapters): {
  extract: ExtractContext<FrameRead>;
  send<T extends object>(read: NonNullable<FrameRead>, send: (part: MirrorPart) => Promise<T>, options?: SendOptions<T>): Promise<T | null | typeof UNCHANGED>;
  stop(): void;
} {
  let sender: MirrorSender | undefined;
  /** The last read's rounds: the next read's changes are taken once they are over (messages go in order). */
  let rounds: Promise<unknown> = Promise.resolve();
  /** The last read's first message, when it alone was answered with a reading (no round, no resend). */
  let answered: string | null = null;
  const stop = () => {
    sender?.stop();
    sender = undefined;
  };
  return {
    stop,
    send: async (read, send, options) => {
      const same = options ? sameness(read.part, options.key) : null;
      // The reading page would run the rules on what it ran them on last time and answer as then: a read the frame
      // made on its own sends nothing (half an unchanged read's cost). Asked, a frame always reports (the background
      // drops what no frame re-read after a load).
      if (options?.quiet && same !== null && same === answered) {
        read.sender.withhold(read.part);
        return UNCHANGED;
      }
      answered = null;
      let messages = 0;
      const done = readInRounds(read.sender, read.part, (part) => (messages++, send(part)));
      rounds = done.catch(() => undefined);
      const answer = await done;
      if (answer && messages === 1 && (options?.stands?.(answer) ?? true)) answered = same;
      return answer;
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
