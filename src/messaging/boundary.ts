import * as v from 'valibot';
import type Browser from 'webextension-polyfill';
import { parseMessage, type Message } from './schema';
import { describeIssue } from '../model/issues';

/**
 * Validation at the boundary, for every context: answers checked against their schema, incoming
 * messages parsed before a handler sees them. No extension API here, so extension pages reach it
 * without the polyfill (transport.ts for background and content scripts, page-transport.ts for pages).
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

export type Sender = Browser.Runtime.MessageSender;
export type Handler = (message: Message, sender: Sender) => Promise<unknown> | undefined;

/**
 * A runtime.onMessage listener: anything that is not a well-formed Message is logged and dropped,
 * and a handler's failure is logged instead of escaping into the runtime.
 */
export function validating(handler: Handler) {
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
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
}
