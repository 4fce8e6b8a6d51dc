/**
 * The domain names what to say; the UI words it through the extension's i18n. Template ids keep their dots
 * and dashes (they are stored with ticks), but message names allow only [A-Za-z0-9_], so every key
 * built from an id comes from `messageKey`.
 */
export type MessageArg = string | Message;

/** A message to word: its key and substitutions, which may be messages themselves (a counted noun). */
export interface Message {
  key: string;
  args: readonly MessageArg[];
}

export function messageKey(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

export const message = (key: string, ...args: MessageArg[]): Message => ({ key, args });

/** Checklist items (trust acts, discharge items): the item's own words and why it matters. */
export const itemTextKey = (itemId: string) => messageKey(itemId);
export const itemWhyKey = (itemId: string) => messageKey(itemId, 'why');
export const strategyTitleKey = (strategyId: string) => messageKey('strategy', strategyId, 'title');
export const strategySummaryKey = (strategyId: string) => messageKey('strategy', strategyId, 'summary');
export const dischargeSectionKey = (section: string) => messageKey('dischargeSection', section);
export const sourceTitleKey = (sourceId: string) => messageKey('source', sourceId);
/** A contact tag's label, as the log form shows it. */
export const tagLabelKey = (tag: string) => messageKey('tag', tag);
export const suggestionKey = (ruleId: string, ...part: string[]) => messageKey('suggestion', ruleId, ...part);

/** "1 day" / "3 days": extension messages have no plural rules, so the count picks the message. */
export const dayCount = (n: number): Message => message(n === 1 ? 'dayCount_one' : 'dayCount_other', String(n));

/** Words a message with `t` (host.t or i18n getMessage), inner messages first. */
export function wordsOf(m: Message, t: (key: string, substitutions?: string[]) => string): string {
  return t(m.key, m.args.map((arg) => (typeof arg === 'string' ? arg : wordsOf(arg, t))));
}
