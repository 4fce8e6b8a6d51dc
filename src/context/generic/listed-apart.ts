import { tagOf } from '../tag';
import { shortText } from '../parse/text';
import { looksLikeShownName } from './name-shape';

const CELL = new Set(['TD', 'TH']);

/**
 * A bold name in one row of a list beside the banner, not in it: a messaging app's conversation list, a census
 * sidebar ("<div class=c><b>Pham, Lien T</b> 5S-522</div><div class=c><b>Dr. Amara Singh</b>…"). Each row names
 * someone of its own, so the name nearest before the banner is only the list's last row. A row is an element
 * inside a subtree that does not hold the banner, with a sibling of its tag and first class (the selected row adds
 * one) whose element of the candidate's tag reads as a name too.
 */
export function listedApart(candidate: Element, anchor: Element): boolean {
  for (let row: Element | null = candidate; row?.parentElement && !row.parentElement.contains(anchor); row = row.parentElement) {
    // A table row's cells are its columns, not a list: a banner table's name cell sits beside cells of bold values.
    if (CELL.has(tagOf(row))) continue;
    const cls = firstClass(row);
    for (const sib of Array.from(row.parentElement.children).slice(0, 40)) {
      if (sib === row || tagOf(sib) !== tagOf(row) || firstClass(sib) !== cls) continue;
      const other = sib.getElementsByTagName(candidate.localName)[0];
      if (other && looksLikeShownName((shortText(other, 60) ?? '').replace(/^(?:dr|mr|mrs|ms)\.?\s+/i, ''))) return true;
    }
  }
  return false;
}

function firstClass(el: Element): string {
  return el.getAttribute('class')?.trim().split(/\s+/)[0] ?? '';
}
