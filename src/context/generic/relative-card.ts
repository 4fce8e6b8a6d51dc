import { shortText } from '../parse/text';
import { RELATION } from './relation-words';
import { looksLikeShownName } from './name-shape';

/** A card is a few lines; past this the ancestor is the record's page. */
const CARD_LINES = 8;
/** "Daughter · Executor of estate", "Father - (555) …": the relationship opens the line ("Guardian:" is a label). */
const RELATION_LEAD = new RegExp(`^${RELATION.source}\\s*(?:[·•|,;–—-]|$)`, 'i');

/**
 * A person's card prints their name, then how they are related to the client on the line below it ("Philomena
 * Achebe-Grant / Daughter · Executor of estate / DOB … / ☎ …"), with no label or heading calling it a relative's:
 * a release-of-information request's requester, a self-directed timesheet's employer of record. The card's
 * phone and dates are that relative's. The client's own card never opens with a relationship under its name.
 */
export function relativeCard(el: Element): boolean {
  for (let cur: Element | null = el.parentElement, k = 0; cur && k < 3; cur = cur.parentElement, k++) {
    const lines = Array.from(cur.children).filter((c) => (shortText(c, 120) ?? '').trim() !== '');
    if (lines.length > CARD_LINES) return false;
    // The name line, possibly under a one-word caption ("Requester"): the relationship follows it.
    for (let i = 0; i + 1 < lines.length && i < 2; i++) {
      const name = shortText(lines[i] as Element, 60) ?? '';
      if (name.includes(' ') && looksLikeShownName(name) && RELATION_LEAD.test(shortText(lines[i + 1] as Element, 120) ?? '')) return true;
    }
  }
  return false;
}
