import browser from '../platform/browser';
import type { PageReply } from './page-replies';
import type { Message, PageRequest } from './schema';
import type { Sender } from './boundary';

let boundary: Promise<typeof import('./page-boundary')> | undefined;
/** The checks load once, on the first message either way (page-boundary.ts); resolves once they are there. */
export const loadPageChecks = () => (boundary ??= import('./page-boundary'));

/** Extension page (panel, options) → background; the answer checked against its schema. */
export async function sendFromPage<T extends PageRequest['type']>(message: PageRequest & { type: T }): Promise<PageReply<T>> {
  const [{ checked, PAGE_REPLIES }, answer] = await Promise.all([loadPageChecks(), browser.runtime.sendMessage(message)]);
  return checked(PAGE_REPLIES[message.type as T], message.type, answer);
}

/**
 * What an extension page hears, validated at the boundary. A page only listens: Chrome's own API
 * (platform/browser.ts) would drop an answer given as a promise, so a page handler answers nothing.
 * Messages that arrive while the checks load wait for them, in the order they came; none is
 * handed on unchecked, and none after the listener was removed. Once loaded, checks run at once.
 */
export function listenOnPage(handler: (message: Message, sender: Sender) => void): () => void {
  let listening = true;
  let check: ((raw: unknown, sender: Sender) => unknown) | undefined;
  const waiting: [unknown, Sender][] = [];
  loadPageChecks().then(
    ({ validating }) => {
      const validated = validating((message, sender) => {
        if (listening) handler(message, sender);
        return undefined;
      });
      for (const [raw, sender] of waiting.splice(0)) validated(raw, sender);
      check = validated;
    },
    (error: unknown) => console.warn('[rapport] message checks did not load', error),
  );
  const listener = (raw: unknown, sender: Sender) => {
    // A content script's message (a frame's snapshot can be megabytes) is the background's: every page
    // handler acts on the background's notices alone, so it is not even parsed here.
    if (sender.tab) return undefined;
    if (check) check(raw, sender);
    else waiting.push([raw, sender]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    listening = false;
    browser.runtime.onMessage.removeListener(listener);
  };
}
