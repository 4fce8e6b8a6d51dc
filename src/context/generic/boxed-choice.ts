import { shortText } from '../parse/text';

/**
 * Printed claim and intake forms draw a choice as a row of boxes, each checkbox inside its own caption (CMS-1500 box 3:
 * "Sex <label>M <input type=checkbox></label> <label>F <input type=checkbox checked></label>"). The value after the
 * caption is then the first box's label, which is no answer: the answer is the one box ticked among its sibling
 * labels, '' (nothing read) when none or several are; null when the value is no such box.
 */
export function boxedChoice(value: Element, shown: (e: Element) => boolean): string | null {
  const row = value.localName === 'label' ? value.parentElement : null;
  if (!row || value.querySelectorAll('input[type="checkbox"]').length !== 1) return null;
  const boxes = Array.from(row.children).filter((l) => l.localName === 'label' && l.querySelectorAll('input').length === 1 && l.querySelector('input[type="checkbox"]'));
  if (boxes.length < 2) return null;
  const ticked = boxes.filter((l) => (l.querySelector('input') as HTMLInputElement).checked && shown(l));
  return ticked.length === 1 ? (shortText(ticked[0]!, 40) ?? '') : '';
}
