import { shortText } from '../parse/text';

/**
 * A care plan's own period ("Period Start", "Start", "End" on a care plan's form) dates the plan, not a hospital
 * stay. A date under a label that names no stay (no admission, discharge, encounter or stay word) is the plan's
 * when the record it sits on is a plan: its page's title or first heading, or a heading of the section around it,
 * names one. Labels that name the stay are kept wherever they are.
 */
const GENERIC_PERIOD = /^label "(?:period(?: (?:start|end))?|start(?: date)?|end(?: date)?|from|to|begin|effective(?: (?:start|end|from|to))?)"$/i;
const PLAN = /\b(?:care|treatment|service|support|safety|crisis|recovery|person[- ]centered)\s+plans?\b|\bplan of care\b|\bgoals?\b/i;

function headingOf(el: Element): string {
  const head = el.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > legend');
  return `${el.getAttribute('aria-label') ?? ''} ${head ? shortText(head, 80) ?? '' : ''}`;
}

export function planPeriod(el: Element, how: string): boolean {
  if (!GENERIC_PERIOD.test(how)) return false;
  for (let cur = el.parentElement, k = 0; cur && k < 6; cur = cur.parentElement, k++) if (PLAN.test(headingOf(cur))) return true;
  const doc = el.ownerDocument;
  const h1 = doc.querySelector('h1');
  return PLAN.test(`${doc.title} ${h1 ? shortText(h1, 80) ?? '' : ''}`);
}
