import { CONTENT_REPLY_CHECKS } from './content-checks';
import type { ContentReply } from './replies';
import type { ContentRequest } from './schema';

export type SendFromContent = <T extends ContentRequest['type']>(message: ContentRequest & { type: T }) => Promise<ContentReply<T>>;

/**
 * Content script → background, over `post` (the browser's runtime.sendMessage, content/runtime.ts):
 * typed to the messages a content script may send, each answer checked (content-checks.ts) before
 * anyone reads it. An answer of another shape is an error at the caller, never data: a plain Error,
 * since boundary.ts's ReplyError class would cost every EHR frame 52 B gzip.
 */
export function contentSender(post: (message: ContentRequest) => Promise<unknown>): SendFromContent {
  return async (message) => {
    const answer = CONTENT_REPLY_CHECKS[message.type](await post(message));
    if (answer === undefined) throw new Error(`Malformed answer to ${message.type}`);
    return answer;
  };
}
