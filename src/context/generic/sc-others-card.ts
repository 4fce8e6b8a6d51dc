import { accessibleName } from './accessible-name';

/**
 * Cards whose caption is a plain element rather than a heading name their section for assistive technology instead
 * ("<section aria-labelledby="sub-h"><div id="sub-h">Subscriber</div>…", a group's aria-label "Guarantor", a
 * role="heading" caption): a payer's eligibility response prints the subscriber's name and birth date in the
 * patient's layout under such a card. What its labels give is that person's when the name says so (`whose`).
 */
export function namedForOther(el: Element, whose: RegExp): boolean {
  for (let cur: Element | null = el.parentElement, k = 0; cur && k < 6; cur = cur.parentElement, k++) {
    const name = accessibleName(cur);
    if (name) return whose.test(name);
    const head = cur.firstElementChild;
    if (head && !head.contains(el) && head.getAttribute('role') === 'heading') return whose.test(head.textContent?.trim().slice(0, 60) ?? '');
  }
  return false;
}
