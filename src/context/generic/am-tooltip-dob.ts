import { cleanText } from '../parse/text';

const BIRTH_TIP = /^(?:dob|d\.o\.b\.?|date of birth|birth ?date|born)\s*:?\s*\S*\d/i;

/**
 * A chip that shows the age and gives the birth date on hover ("<span title="DOB: 09/22/1985">41 yrs</span>"): ambulatory
 * chart headers print the age and keep the date for the tooltip. The tooltip is read as one more chip of the line.
 */
export function birthTip(el: Element): string | null {
  const tip = el.hasAttributes() ? el.getAttribute('title') : null;
  return tip && tip.length <= 40 && BIRTH_TIP.test(tip) ? cleanText(tip) : null;
}
