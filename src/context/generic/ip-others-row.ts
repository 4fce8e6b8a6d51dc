import { shortText } from '../parse/text';

/**
 * A phone labelled in the row right after another person's row ("Emergency Contact: Pavel Volkov (Son)"
 * then "Phone: …", each a row of label and value in a sidebar block) is that person's: the row before
 * says whose, as a label before it on one line does (others.ts).
 */
export function rowAfterOthers(label: Element, othersLabel: (text: string) => boolean): boolean {
  const row = label.parentElement;
  if (!row || row.firstElementChild !== label || row.childElementCount > 3) return false;
  const head = row.previousElementSibling?.firstElementChild;
  return !!head && othersLabel(shortText(head, 40) ?? '');
}
