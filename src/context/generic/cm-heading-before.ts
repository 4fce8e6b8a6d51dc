import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { withoutPartNumber } from './part-heading';

/**
 * The heading a block follows when no element wraps the two: server-rendered face sheets and member
 * profiles print "<h2>Responsible Party</h2><table>…</table>" one after the other, so the heading is the
 * block's previous sibling, not its parent's first child. Looked for from `el` up a few levels; the
 * nearest heading found says whose the block is (the client's own block after "Admission Record" stops
 * the climb, so a later section's heading never reaches back over it).
 */
export function headingBefore(el: Element, whose: RegExp): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 5; cur = cur.parentElement, k++) {
    const prev = cur.previousElementSibling;
    if (prev && /^H\d$/.test(tagOf(prev))) return whose.test(withoutPartNumber(shortText(prev, 60) ?? ''));
  }
  return false;
}

/**
 * "Search Results (1)", "1 member found", "Matching members": a block a heading calls a search's results lists what it
 * matched, even one person ("Re: lab results" titles a message, "Lab Results" a chart's section: neither).
 */
export const RESULTS = /\bsearch results\b|^(?:results|matching)\b|\b\d+ (?:results?|matches|\w+ found)\b/i;
