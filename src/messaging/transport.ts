import browser from 'webextension-polyfill';
import { parseMessage, type Message, type MessageOf } from './schema';
import type { Replies } from './replies';

type Reply<T extends Message['type']> = T extends keyof Replies ? Replies[T] : void;

/** Sends to the background (or, from the background, to every extension page). */
export async function send<T extends Message['type']>(message: MessageOf<T>): Promise<Reply<T>> {
  return (await browser.runtime.sendMessage(message)) as Reply<T>;
}

/** Like send, for broadcasts nobody may be listening to (no panel open): that is not an error. */
export async function broadcast(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    if (!String(error).includes('Receiving end does not exist')) console.warn('[rapport] broadcast failed', error);
  }
}

export type Sender = browser.Runtime.MessageSender;
export type Handler = (message: Message, sender: Sender) => Promise<unknown> | undefined;

/**
 * Listens with validation at the boundary: anything that is not a well-formed Message is logged
 * and dropped, and a handler's failure is logged instead of escaping into the runtime.
 */
export function listen(handler: Handler): () => void {
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[rapport] rejected message:', parsed.error);
      return undefined;
    }
    const reply = handler(parsed.message, sender);
    return reply?.catch((error: unknown) => {
      console.error('[rapport] handling', parsed.message.type, 'failed:', error);
      return { error: String(error) };
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
