import type { MessageOf } from '../messaging/schema';
import { sendToReader } from '../messaging/transport';
import type { ClientContext } from '../context/types';

/**
 * Reads a frame's snapshot where the rules are (docs/reader-split.md). Chrome: in the offscreen
 * document (reason DOM_PARSER), created on first need and closed when no read came for a while;
 * Firefox: here, since its background is an event page with a document of its own. The answer is
 * checked like any message.
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

export async function readElsewhere(message: MessageOf<'snapshot/read'>): Promise<ClientContext | null> {
  if (__BROWSER__ === 'firefox') {
    const [{ readSnapshot }, { READER_ADAPTERS }] = await Promise.all([import('../context/snapshot/read'), import('../offscreen/adapters')]);
    return readSnapshot(message, document.implementation, READER_ADAPTERS);
  }
  reading++;
  clearTimeout(idle);
  try {
    await openOffscreen();
    return await sendToReader(message);
  } finally {
    reading--;
    closeWhenIdle();
  }
}
