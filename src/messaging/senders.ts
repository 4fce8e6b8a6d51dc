import type { Sender } from './transport';

/** Our own extension pages (panel, options), never a web page or another extension. */
export function isExtensionPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** One of our content scripts, running in a tab. */
export function isOwnContentScript(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return (
    sender.id === runtimeId &&
    sender.tab?.id !== undefined &&
    typeof sender.url === 'string' &&
    !sender.url.startsWith(extensionOrigin)
  );
}

/** Where the frames' mirrors are read in Chrome (background/snapshot-read.ts opens it). */
export const READING_PAGE = 'src/offscreen/index.html';

/** Our offscreen document that keeps the mirrors, and nothing else (not the panel, not a tab). */
export function isReadingPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && !sender.tab && sender.url === `${extensionOrigin}${READING_PAGE}`;
}
