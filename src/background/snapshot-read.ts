import { parseMessage, type MessageOf } from '../messaging/schema';
import { dropAtReader, sendToReader, type ReadingAnswer } from '../messaging/transport';
import { READING_PAGE } from '../messaging/senders';
import type { Mirrors } from '../context/snapshot/mirror-read';
import { IdleWatch, MIRROR_IDLE_MS } from '../context/snapshot/idle-watch';
import { MirrorJoin } from '../context/snapshot/mirror-join';

/**
 * Reads a frame's mirror where the rules are (docs/reader-split.md). Chrome: in the offscreen
 * document (reason DOM_PARSER), created on first need; it keeps its own idle time and asks to be
 * closed (`snapshot/idle`, which wakes this worker), so nothing here has to stay awake for it. Its
 * mirrors go with it: a frame then sends its page whole again. Firefox: here, since its background
 * is an event page with a document of its own, whose mirrors go after the same idle time. The
 * answer is checked like any message.
 */
type Offscreen = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};
let opening: Promise<void> | undefined;
/** A close under way: a document opened meanwhile would be the one closed. */
let closing: Promise<void> | undefined;
let reading = 0;

const offscreenApi = () => (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;

function openOffscreen(): Promise<void> {
  opening ??= (closing ?? Promise.resolve())
    .then(() => offscreenApi().createDocument({ url: READING_PAGE, reasons: ['DOM_PARSER'], justification: 'Reads the client a page shows from its snapshot' }))
    .catch((error: unknown) => {
      // A document left from before the worker stopped is the one wanted.
      if (!String(error).includes('single offscreen')) {
        opening = undefined;
        throw error;
      }
    });
  return opening;
}

/**
 * The reading page idles: closed, unless a read is on its way to it (that read re-arms its idle
 * time). A worker woken by this message knows of no document, and closes the one there.
 */
export async function closeReader(): Promise<void> {
  if (reading > 0 || closing) return;
  const open = opening ?? Promise.resolve();
  opening = undefined;
  closing = open
    .then(() => offscreenApi().closeDocument())
    .catch(() => undefined)
    .finally(() => (closing = undefined));
  await closing;
}

/** Firefox's mirrors, in the background page itself; dropped whole once idle (memory). */
let here: Promise<Mirrors> | undefined;
const hereIdle = new IdleWatch(MIRROR_IDLE_MS, () => (here = undefined));

/** The frames' messages sent in pieces, joined here: a worker that stops forgets them, and their frames send again. */
const pieces = new MirrorJoin();

/**
 * A piece of a frame's message (`tab`, `frame`: the sender's): the message once whole, checked like any; undefined
 * while more is to come; null when it broke or is not a valid message (the frame sends its page again).
 */
export function joinPiece(piece: MessageOf<'snapshot/piece'>, tab: number, frame: number): MessageOf<'snapshot/read'> | null | undefined {
  const text = pieces.add(`${tab}:${frame}`, piece);
  if (typeof text !== 'string') return text;
  let parsed;
  try {
    parsed = parseMessage(JSON.parse(text));
  } catch {
    return null;
  }
  if (parsed.ok && parsed.message.type === 'snapshot/read') return parsed.message;
  console.warn('[rapport] ignored a message joined from pieces', parsed.ok ? parsed.message.type : parsed.error);
  return null;
}

/** One message of a frame's read (`tab`, `frame`: the sender's, never the message's own). */
export async function readElsewhere(message: MessageOf<'snapshot/read'>, tab: number, frame: number): Promise<ReadingAnswer> {
  pieces.forget(`${tab}:${frame}`);
  const addressed = { ...message, tab, frame };
  if (__BROWSER__ === 'firefox') {
    return hereIdle.during(async () => {
      here ??= Promise.all([import('../context/snapshot/mirror-read'), import('../offscreen/adapters')]).then(([{ Mirrors }, { READER_ADAPTERS }]) => new Mirrors(document.implementation, READER_ADAPTERS));
      return (await here).read(tab, frame, addressed);
    });
  }
  reading++;
  try {
    await openOffscreen();
    return await sendToReader(addressed);
  } finally {
    reading--;
  }
}

/** A tab closed: its frames' mirrors go (a worker woken by it knows of no document, and tells the one there if any). */
export async function dropMirrors(tab: number): Promise<void> {
  pieces.drop(tab);
  if (__BROWSER__ === 'firefox') return void (await here)?.drop(tab);
  if (closing) return;
  await (opening ?? Promise.resolve()).then(() => dropAtReader({ type: 'snapshot/drop', tab })).catch(() => undefined);
}
