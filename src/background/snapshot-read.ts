import type { MessageOf } from '../messaging/schema';
import { sendToReader } from '../messaging/transport';
import type { ClientContext } from '../context/types';

/**
 * Reads a frame's snapshot where the rules are (docs/reader-split.md). Chrome: in the offscreen
 * document (reason DOM_PARSER), created on first need and kept; Firefox: here, since its
 * background is an event page with a document of its own. The answer is checked like any message.
 */
const OFFSCREEN_PATH = 'src/offscreen/index.html';

type Offscreen = { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
let opening: Promise<void> | undefined;

function openOffscreen(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;
  opening ??= offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Reads the client a page shows from its snapshot' })
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
  await openOffscreen();
  return sendToReader(message);
}
