/**
 * The domain names what to say; the UI words it through the extension's i18n. Template ids keep their dots
 * and dashes (they are stored with ticks), but message names allow only [A-Za-z0-9_], so every key
 * built from an id comes from `messageKey`.
 */
export type MessageArg = string | Message | DateArg;

/** A calendar date (YYYY-MM-DD), written out by the UI in the reader's own way. */
export interface DateArg {
  date: string;
}

/** A message to word: its key and substitutions, which may be messages themselves (a counted noun). */
export interface Message {
  key: string;
  args: readonly MessageArg[];
  /** The message has plural forms (`key_one`, `key_other`, …): the count picks one. */
  count?: number;
}

/** How the reader's language writes counts and dates (the UI gives Intl's; tests may give their own). */
export interface Wording {
  pluralCategory(count: number): string;
  date(date: string): string;
}

/** English plural rules and ISO dates: enough for logs and tests, never shown in the panel. */
export const PLAIN_WORDING: Wording = {
  pluralCategory: (count) => (count === 1 ? 'one' : 'other'),
  date: (date) => date,
};

export function messageKey(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

export const message = (key: string, ...args: MessageArg[]): Message => ({ key, args });
/** A message with plural forms, the count its first substitution. */
export const counted = (key: string, count: number, ...rest: MessageArg[]): Message => ({ key, args: [String(count), ...rest], count });
export const dateArg = (date: string): DateArg => ({ date });

/** Checklist items (trust acts, discharge items): the item's own words and why it matters. */
export const itemTextKey = (itemId: string) => messageKey(itemId);
export const itemWhyKey = (itemId: string) => messageKey(itemId, 'why');
export const strategyTitleKey = (strategyId: string) => messageKey('strategy', strategyId, 'title');
export const strategyShortKey = (strategyId: string) => messageKey('strategy', strategyId, 'short');
export const strategySummaryKey = (strategyId: string) => messageKey('strategy', strategyId, 'summary');
export const dischargeSectionKey = (section: string) => messageKey('dischargeSection', section);
export const sourceTitleKey = (sourceId: string) => messageKey('source', sourceId);
/** A contact tag's label, as the log form shows it. */
export const tagLabelKey = (tag: string) => messageKey('tag', tag);
export const suggestionKey = (ruleId: string, ...part: string[]) => messageKey('suggestion', ruleId, ...part);

/** "1 day" / "3 days", in the plural forms of the reader's language. */
export const dayCount = (n: number): Message => counted('dayCount', n);

/** The key of the plural form `count` takes; `_other` where a language form has no message of its own. */
export function pluralKey(key: string, count: number, wording: Wording, has: (key: string) => boolean): string {
  const form = `${key}_${wording.pluralCategory(count)}`;
  return has(form) ? form : `${key}_other`;
}

/** Words a message with `t` (host.t or i18n getMessage), inner messages first. */
export function wordsOf(m: Message, t: (key: string, substitutions?: string[]) => string, wording: Wording = PLAIN_WORDING): string {
  const args = m.args.map((arg) => (typeof arg === 'string' ? arg : 'date' in arg ? wording.date(arg.date) : wordsOf(arg, t, wording)));
  // t answers a missing key with the key itself.
  const key = m.count === undefined ? m.key : pluralKey(m.key, m.count, wording, (form) => t(form, args) !== form);
  return t(key, args);
}
