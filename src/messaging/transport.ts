import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { parseMessage, type ContentRequest, type Message, type PageNotice, type TabCommand } from './schema';
import { CONTENT_REPLIES, TAB_REPLIES, type ContentReply, type TabReply } from './replies';
import { describeIssue } from '../model/issues';

/**
 * The only way messages leave a context: one sender per direction, each typed to the messages
 * that go that way, each answer checked against its schema before anyone reads it. Extension
 * pages send with page-transport.ts.
 */

/** An answer that is not what the request answers (a failed handler, another version, a forgery). */
export class ReplyError extends Error {
  override name = 'ReplyError';
  constructor(
    readonly request: Message['type'],
    readonly problem: string,
  ) {
    super(`Unexpected answer to ${request}: ${problem}`);
  }
}

export function checked<S extends v.GenericSchema>(schema: S, request: Message['type'], answer: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, answer);
  if (result.success) return result.output;
  throw new ReplyError(request, describeIssue(result.issues[0]));
}

/** Content script → background. */
export async function sendFromContent<T extends ContentRequest['type']>(message: ContentRequest & { type: T }): Promise<ContentReply<T>> {
  return checked(CONTENT_REPLIES[message.type as T], message.type, await browser.runtime.sendMessage(message));
}

/** Background → the content scripts of a tab (or of one frame); rejects when no frame there has a reader. */
export async function sendToTab<T extends TabCommand['type']>(
  tabId: number,
  message: TabCommand & { type: T },
  frameId?: number,
): Promise<TabReply<T>> {
  const answer = await (frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId }));
  return checked(TAB_REPLIES[message.type as T], message.type, answer);
}

/** Background → every open extension page; nobody listening (no panel open) is not an error. */
export async function broadcast(message: PageNotice): Promise<void> {
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
