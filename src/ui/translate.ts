import { pluralKey, wordsOf, type Message, type Wording } from '../domain/text/message-keys';
import { createFormats, localTimeZone } from './format';

/** chrome.i18n.getMessage's shape: the words of a key, or the key itself when there are none. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * What panel and options say, in the reader's language: plain keys, counted keys whose plural form
 * Intl.PluralRules picks ("1 day", "2 days"; other languages have more forms), and the domain's
 * messages with their dates and counts written out.
 */
export interface Words {
  t: Translate;
  /** `key_one`, `key_other`, … by the count (the count is the first substitution). */
  count(key: string, count: number, ...rest: string[]): string;
  /** A message the domain built (a suggestion, an automatic tick's reason). */
  say(message: Message): string;
  wording: Wording;
}

export function createWords(t: Translate, wording: Wording): Words {
  const has = (key: string) => t(key) !== key;
  return {
    t,
    wording,
    count: (key, count, ...rest) => t(pluralKey(key, count, wording, has), [String(count), ...rest]),
    say: (message) => wordsOf(message, t, wording),
  };
}

/** Words in the browser's own language, for a page that has no panel to hand it its formats. */
export function browserWords(t: Translate): Words {
  return createWords(t, createFormats(navigator.language, localTimeZone()));
}
