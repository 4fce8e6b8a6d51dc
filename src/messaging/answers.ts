import type { ContentReply } from './replies';
import type { PageReply } from './page-replies';
import type { ContentRequest, MessageOf, PageRequest } from './schema';

/** A message the background answers: a page's request or a content script's. */
export type Request = PageRequest | ContentRequest;

/** What the background answers to each request: the reply its sender checks (replies.ts, page-replies.ts). */
export type AnswerTo<T extends Request['type']> = T extends PageRequest['type'] ? PageReply<T> : T extends ContentRequest['type'] ? ContentReply<T> : never;

/**
 * A handler's answer to `message`, held to the message map when it compiles: the answer's type comes
 * from the request's own, so a handler cannot answer one request with another's reply. No answer
 * (undefined: the handler is not wired here) is an error the sender sees.
 */
export const answer = <T extends Request['type']>(_message: MessageOf<T>, reply: Promise<AnswerTo<T>> | undefined): Promise<AnswerTo<T>> | undefined => reply;
