import { tagOf } from '../tag';
import { BANNER_HINT, hintWords } from './hints';

/**
 * A research or registry system's subject banner (OnCore's subject console, a CTMS header) prints its one person
 * as a head row of captions over one row of values ("Seq No. | Study Subject ID | MRN | Last Name | First Name |
 * Birth Date"). Such a table alone is also a search's list of one, so it is the record's only inside the page's
 * banner: a header element, role=banner, or a box its class or id calls a banner or header (hints.ts), at most
 * four levels above the table.
 */
export function inBannerBox(table: Element): boolean {
  let cur: Element | null = table.parentElement;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
    if (tag === 'HEADER' || cur.getAttribute('role') === 'banner' || BANNER_HINT.test(hintWords(cur))) return true;
  }
  return false;
}
