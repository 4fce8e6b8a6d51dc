import browser from '../platform/browser';
import { PAGE_REPLIES, type PageReply } from './page-replies';
import type { Message, PageRequest } from './schema';
import { checked, validating, type Sender } from './boundary';

/** Extension page (panel, options) → background; the answer checked against its schema. */
export async function sendFromPage<T extends PageRequest['type']>(message: PageRequest & { type: T }): Promise<PageReply<T>> {
  return checked(PAGE_REPLIES[message.type as T], message.type, await browser.runtime.sendMessage(message));
}

/**
 * What an extension page hears, validated at the boundary. A page only listens: Chrome's own API
 * (platform/browser.ts) would drop an answer given as a promise, so a page handler answers nothing.
 */
export function listenOnPage(handler: (message: Message, sender: Sender) => void): () => void {
  const listener = validating((message, sender) => {
    handler(message, sender);
    return undefined;
  });
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
