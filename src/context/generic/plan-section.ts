import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A profile's insurance, coverage or billing section lists the plan's member number ("<h4>Insurance</h4><div>Blue
 * Shield PPO · Member ID XEB903114522</div>"): an identifier labelled there is the plan's, never the record's,
 * however its label reads. Known by the heading right before its block, or opening a block around it.
 */
const PLAN_HEAD = /^(?:(?:primary|secondary) )?(?:insurance|coverage|billing|payers?|policies|insurance (?:&|and) billing)$/i;
const HEADING = /^(?:H[1-6]|CAPTION|LEGEND|DT)$/;

export function inPlanSection(el: Element): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 3; cur = cur.parentElement, k++) {
    const before = cur.previousElementSibling;
    if (before && HEADING.test(tagOf(before)) && PLAN_HEAD.test(shortText(before, 40) ?? '')) return true;
    const head = cur.firstElementChild;
    if (head && head !== el && !head.contains(el) && HEADING.test(tagOf(head)) && PLAN_HEAD.test(shortText(head, 40) ?? '')) return true;
  }
  return false;
}

/** Whether the number `raw`, read from `el` or from a line `el` holds, sits in such a section. */
export function planNumber(el: Element, raw: string): boolean {
  let at = el;
  const want = raw.trim();
  for (let k = 0, next: Element | undefined = at; next && k < 8; k++) {
    at = next;
    next = Array.from(at.children).find((c) => (c.textContent ?? '').includes(want));
  }
  return inPlanSection(at);
}
