import { shortText } from '../parse/text';
import { withoutPartNumber } from './part-heading';

/**
 * A heading's words as whose-section tests read them. One too long to be read whole ("Part 2. Authorized
 * representative / person completing this form") says whose the part is by its first words, before a slash, a
 * dash or a parenthesis.
 */
export function headingWords(head: Element): string {
  const short = shortText(head, 60);
  if (short) return short;
  const text = shortText(head, 160) ?? '';
  return withoutPartNumber(text).split(/\s[/\u2013\u2014-]\s|\s\(/)[0]!.slice(0, 60);
}
