import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { MessageOf, PageNotice, TabCommand } from './schema';
import { ClientContextSchema } from '../model/context';
import type { ClientContext } from '../context/types';
import { TAB_REPLIES, type TabReply } from './replies';
import { checked, validating, type Handler, type Sender } from './boundary';

export { ReplyError, type Handler, type Sender } from './boundary';

/**
 * The only way messages leave a context: one sender per direction, each typed to the messages
 * that go that way, each answer checked against its schema before anyone reads it. Extension
 * pages send with page-transport.ts, content scripts with content-transport.ts (no polyfill there).
 */

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

/**
 * Listens with validation at the boundary (boundary.ts); a handler's promise is the answer. `from`
 * drops, before any parsing, what comes from senders this context never answers.
 */
export function listen(handler: Handler, from: (sender: Sender) => boolean = () => true): () => void {
  const validated = validating(handler);
  const listener = (raw: unknown, sender: Sender) => (from(sender) ? validated(raw, sender) : undefined);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** What the page that keeps the frames' mirrors answers the background (docs/reader-split.md). */
export const ReadingAnswerSchema = v.union([
  v.strictObject({ context: v.nullable(ClientContextSchema), settled: v.optional(v.literal(true)) }),
  v.strictObject({ ask: v.array(v.pipe(v.number(), v.integer())) }),
  v.strictObject({ resend: v.literal(true) }),
]);
export type ReadingAnswer = { context: ClientContext | null; settled?: true } | { ask: number[] } | { resend: true };

/** Background → the offscreen document that keeps the mirrors (Chrome): the frame's reading, or what it needs first. */
export async function sendToReader(message: MessageOf<'snapshot/read'>): Promise<ReadingAnswer> {
  return checked(ReadingAnswerSchema, message.type, await browser.runtime.sendMessage(message)) as ReadingAnswer;
}

/** Background → that document: a tab's mirrors go (no answer is awaited). */
export async function dropAtReader(message: MessageOf<'snapshot/drop'>): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The reading page → background: it has been idle long enough to be closed (the background decides: a read may be on its way). */
export async function askToClose(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'snapshot/idle' } satisfies MessageOf<'snapshot/idle'>).catch(() => undefined);
}
