/**
 * What a frame sends to keep a mirror of its page in the extension's reading page (docs/reader-split.md,
 * "The mirror"). A subtree is one flat array, in document order: an element is `1, tag, n, n attribute
 * name/value pairs` (or `2, namespace, tag, …` outside XHTML), then its children, then its open shadow
 * root's children after a `3`, each list closed by `0`; a text node is its string. Every node (and
 * shadow root) takes the next id in that order from the subtree's first id, so ids travel once.
 */
export type Wire = (string | number)[];

export const OPEN_HTML = 1;
export const OPEN_NS = 2;
export const OPEN_SHADOW = 3;
export const CLOSE = 0;

/** A subtree: its first node's id, and its wire. */
export type Subtree = [at: number, wire: Wire];

/**
 * A change since the last message, by the ids the frame gave: a node taken out of its list (one the page
 * moved goes anew where it is now), new nodes put in a node's list after the child given (0: first), so a
 * list of hundreds that gained one child sends that one; an element's attributes now, a text node's text
 * now, a shadow root attached to a host late, a node replaced whole (a script whose text changed).
 */
export type Delta =
  | ['d', id: number]
  | ['i', id: number, after: number, kids: Subtree[]]
  | ['a', id: number, attrs: string[]]
  | ['t', id: number, text: string]
  | ['s', host: number, at: number, wire: Wire]
  | ['r', id: number, at: number, wire: Wire];

/** The whole page: the document element's subtree (none for an empty document), or a mark that a cap was reached. */
export interface WholePage {
  contentType: string;
  truncated: boolean;
  root?: Subtree;
}

/**
 * Form state, which no mutation reports: `id, value, flag` triples for what changed since the last
 * message (an input: its value, or null where it is not sent, and whether it is checked; a text
 * area: its value; an option: null and whether it is selected).
 */
export type Values = (number | string | null)[];

/** One message of a read (rounds: the frame answers the layout verdicts the rules asked for). */
export interface MirrorPart {
  /** This frame's document, as the frame names it (a new content script starts a new one). */
  doc: string;
  /** Which whole page the deltas build on, and this message's place after it (each message one more). */
  gen: number;
  seq: number;
  whole?: WholePage;
  deltas?: Delta[];
  values?: Values;
  /** Layout verdicts of the frame's live checker, this read: elements shown, and not. */
  seen?: number[];
  unseen?: number[];
  /** Hidden only as a "visually hidden" caption is (dom.ts isMuted). */
  muted?: number[];
  /** Shown, with the line breaks of its own text kept by its style (dom.ts whiteSpaceKept); or its runs of spaces too. */
  breaks?: number[];
  spaces?: number[];
  round: number;
}

/** The lists a part gives the frame's layout verdicts in. */
export type VerdictList = 'seen' | 'unseen' | 'muted' | 'breaks' | 'spaces';

/** The reading page's answer to one part: the frame's reading, the ids whose verdicts it needs, or "send it all". */
export type MirrorAnswer = { ask: number[] } | { resend: true };

/** Reads that still ask after this many rounds are no client (never a guess). */
export const MAX_ROUNDS = 6;
