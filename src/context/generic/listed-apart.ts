import { tagOf } from '../tag';

/**
 * A bold name in one row of a list beside the banner, not in it: a messaging app's conversation list, a census
 * sidebar ("<div class=c><b>Pham, Lien T</b> 5S-522</div><div class=c><b>Dr. Amara Singh</b>…"). Each row names
 * someone of its own, so the name nearest before the banner is only the list's last row. A row is an element
 * inside a subtree that does not hold the banner, with a sibling of its tag and first class (the selected row adds
 * one) that holds an element of the candidate's tag too.
 */
export function listedApart(candidate: Element, anchor: Element): boolean {
  for (let row: Element | null = candidate; row?.parentElement && !row.parentElement.contains(anchor); row = row.parentElement) {
    const cls = firstClass(row);
    for (const sib of Array.from(row.parentElement.children).slice(0, 40)) {
      if (sib === row || tagOf(sib) !== tagOf(row) || firstClass(sib) !== cls) continue;
      if (sib.getElementsByTagName(candidate.localName).length > 0) return true;
    }
  }
  return false;
}

function firstClass(el: Element): string {
  return el.getAttribute('class')?.trim().split(/\s+/)[0] ?? '';
}
