import type { MessageOf } from '../messaging/schema';
import { dropAtReader, sendToReader, type ReadingAnswer } from '../messaging/transport';
import type { Mirrors } from '../context/snapshot/mirror-read';

/**
 * Reads a frame's mirror where the rules are (docs/reader-split.md). Chrome: in the offscreen
 * document (reason DOM_PARSER), created on first need and closed when no read came for a while
 * (its mirrors go with it: a frame then sends its page whole again); Firefox: here, since its
 * background is an event page with a document of its own. The answer is checked like any message.
 */
const OFFSCREEN_PATH = 'src/offscreen/index.html';
/** Idle time after which the offscreen document is closed: under the worker's own 30 s, so the timer still runs. */
export const OFFSCREEN_IDLE_MS = 20_000;

type Offscreen = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};
let opening: Promise<void> | undefined;
/** A close under way: a document opened meanwhile would be the one closed. */
let closing: Promise<void> | undefined;
let reading = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

const offscreenApi = () => (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;

/** Closes the document once no read is in flight and none came for OFFSCREEN_IDLE_MS (its rebuilt pages and rules go with it). */
function closeWhenIdle(): void {
  clearTimeout(idle);
  idle = setTimeout(() => {
    if (reading > 0 || !opening) return;
    const open = opening;
    opening = undefined;
    closing = open
      .then(() => offscreenApi().closeDocument())
      .catch(() => undefined)
      .finally(() => (closing = undefined));
  }, OFFSCREEN_IDLE_MS);
}

function openOffscreen(): Promise<void> {
  opening ??= (closing ?? Promise.resolve())
    .then(() => offscreenApi().createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Reads the client a page shows from its snapshot' }))
    .catch((error: unknown) => {
      // A document left from before the worker stopped is the one wanted.
      if (!String(error).includes('single offscreen')) {
        opening = undefined;
        throw error;
      }
    });
  return opening;
}

/** Firefox's mirrors, in the background page itself. */
let here: Promise<Mirrors> | undefined;

/** One message of a frame's read (`tab`, `frame`: the sender's, never the message's own). */
export async function readElsewhere(message: MessageOf<'snapshot/read'>, tab: number, frame: number): Promise<ReadingAnswer> {
  const addressed = { ...message, tab, frame };
  if (__BROWSER__ === 'firefox') {
    here ??= Promise.all([import('../context/snapshot/mirror-read'), import('../offscreen/adapters')]).then(([{ Mirrors }, { READER_ADAPTERS }]) => new Mirrors(document.implementation, READER_ADAPTERS));
    return (await here).read(tab, frame, addressed);
  }
  reading++;
  clearTimeout(idle);
  try {
    await openOffscreen();
    return await sendToReader(addressed);
  } finally {
    reading--;
    closeWhenIdle();
  }
}

/** A tab closed: its frames' mirrors go (none is kept where no reading page is open). */
export async function dropMirrors(tab: number): Promise<void> {
  if (__BROWSER__ === 'firefox') return void (await here)?.drop(tab);
  if (!opening || closing) return;
  await opening.then(() => dropAtReader({ type: 'snapshot/drop', tab })).catch(() => undefined);
}
