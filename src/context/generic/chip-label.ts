import { matchLabel } from './labels';
import { shortText } from '../parse/text';

/** Whether `chip` holds only its label's element, first, and its value's text after it ("<span><b>MRN</b> CHR-3380174</span>"). */
function labelThenText(chip: Element, label: Element): boolean {
  const after = label.nextSibling;
  return chip.firstElementChild === label && chip.childElementCount === 1 && !chip.firstChild?.nodeValue?.trim() && after?.nodeType === 3 && !!after.nodeValue?.trim();
}

/**
 * "<span><span>Patient</span> Cornelius Fairweather</span><span><span>MRN</span> CHR-3380174</span>": a bare word
 * ("Patient", "Home") labels a value without its colon when it is set apart in an element of its own, its value the text
 * after it in the same chip, and a chip beside it is built the same way around a label that is no bare word. The row of
 * chips is a record's pairs, as a cell or a colon would show; a bare word alone before text is a menu's or a sentence's.
 */
export function chipLabel(el: Element): boolean {
  const chip = el.parentElement;
  if (!chip || el.childElementCount > 0 || !labelThenText(chip, el)) return false;
  for (const sib of [chip.previousElementSibling, chip.nextElementSibling]) {
    const label = sib?.firstElementChild;
    const rule = sib && label && labelThenText(sib, label) ? matchLabel(shortText(label, 40) ?? '') : null;
    if (rule && !rule.bare) return true;
  }
  return false;
}
