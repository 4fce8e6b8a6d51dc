import { MAX_SNAPSHOT_TEXT } from './types';

/** One piece of a message's JSON text (mirror-pieces.ts): the frame's document, its place from 0, and whether it is the last. */
export interface Piece {
  doc: string;
  n: number;
  text: string;
  end?: true;
}

/** Messages being joined at once: a tab's frames sending their pages whole together. Past it the oldest goes. */
const MAX_OPEN = 8;
/**
 * Longest text joined. A page within the frame's caps (10 MB of text) makes less unless it is mostly characters JSON
 * escapes; past it the message goes, and its frame is asked for the page again (once; then it reads as no client, as a
 * page past the caps does).
 */
export const MAX_JOINED = 4 * MAX_SNAPSHOT_TEXT;

/**
 * Pieces of the frames' large messages, joined in order per frame (the background's relay, docs/reader-split.md). A
 * message is given only once its last piece came after all the others, so half a page is never read: a piece missed
 * (a worker stopped between two, which forgets what it held), out of order, or past MAX_JOINED breaks the message.
 * A frame's new message (its first piece, or a message sent whole) drops the one it left unfinished; a piece of
 * another document of the frame (one that navigated while sending) is refused and leaves the open one be.
 */
export class MirrorJoin {
  readonly #open = new Map<string, { doc: string; texts: string[]; chars: number }>();

  /** The message's text once `piece` completes it; undefined while more is to come; null: broken, send it again. */
  add(frame: string, piece: Piece): string | null | undefined {
    let open = this.#open.get(frame);
    if (piece.n === 0) {
      this.#open.delete(frame);
      open = { doc: piece.doc, texts: [], chars: 0 };
      this.#open.set(frame, open);
      if (this.#open.size > MAX_OPEN) this.#open.delete(this.#open.keys().next().value as string);
    } else if (open?.doc !== piece.doc) return null;
    if (open.texts.length !== piece.n || (open.chars += piece.text.length) > MAX_JOINED) {
      this.#open.delete(frame);
      return null;
    }
    open.texts.push(piece.text);
    if (!piece.end) return undefined;
    this.#open.delete(frame);
    return open.texts.join('');
  }

  /** A frame's message came whole: what it left unfinished will not be. */
  forget(frame: string): void {
    this.#open.delete(frame);
  }

  /** A tab closed: its frames' unfinished messages go. */
  drop(tab: number): void {
    for (const key of [...this.#open.keys()]) if (key.startsWith(`${tab}:`)) this.#open.delete(key);
  }

  get size(): number {
    return this.#open.size;
  }
}
