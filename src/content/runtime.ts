import type { Sender } from '../messaging/transport';
import { contentSender } from '../messaging/content-transport';

/**
 * The few extension APIs a content script uses, straight from the browser: Firefox's `browser` and
 * Chrome's `chrome` both return promises from runtime.sendMessage (MV3), and both take a listener's
 * answer through sendResponse called before it returns. The content script is injected into every
 * EHR frame, so it carries no polyfill.
 */
type Listener = (raw: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean;
interface Runtime {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}
interface Api {
  runtime: Runtime;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** Null outside an extension (a page that is not ours, a test importing the module): nothing is sent then. */
const api = (): Api | null => (globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome ?? null;
const gone = () => Promise.reject(new Error('no extension runtime'));

export const runtimeId = (): string | undefined => api()?.runtime?.id;
export const extensionOrigin = (): string => api()?.runtime.getURL('') ?? '';
/**
 * A message that got no answer at all: its port closed (the worker stopped while it handled it) or nobody was there.
 * Sent again it may reach a fresh worker. An answer of the wrong shape is not this: the background did answer.
 */
export class Unanswered extends Error {}
/** The content script's one way to send: typed, each answer checked (messaging/content-transport.ts). */
export const sendFromContent = contentSender((message) =>
  (api()?.runtime.sendMessage(message) ?? gone()).catch((cause: unknown) => {
    throw new Unanswered(String(cause));
  }),
);
export const t = (key: string, substitutions?: string | string[]): string => api()?.i18n.getMessage(key, substitutions) || key;

/** Listens for messages; a handler answers at once, undefined meaning no answer. */
export function onMessage(handler: (raw: unknown, sender: Sender) => unknown): () => void {
  const listener: Listener = (raw, sender, sendResponse) => {
    const answer = handler(raw, sender);
    if (answer !== undefined) sendResponse(answer);
    return false;
  };
  const runtime = api()?.runtime;
  runtime?.onMessage.addListener(listener);
  return () => {
    try {
      runtime?.onMessage.removeListener(listener);
    } catch {
      // the extension is gone: nothing to remove it from
    }
  };
}
