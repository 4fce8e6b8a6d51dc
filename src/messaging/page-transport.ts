import browser from 'webextension-polyfill';
import { PAGE_REPLIES, type PageReply } from './page-replies';
import type { PageRequest } from './schema';
import { checked } from './transport';

/** Extension page (panel, options) → background; the answer checked against its schema. */
export async function sendFromPage<T extends PageRequest['type']>(message: PageRequest & { type: T }): Promise<PageReply<T>> {
  return checked(PAGE_REPLIES[message.type as T], message.type, await browser.runtime.sendMessage(message));
}
