import { shortText } from '../parse/text';
import { SEPARATED } from './line';

/** A chip that is only a relationship to the client. */
const KIN = /^(?:wife|husband|son|daughter|mother|father|spouse|partner|brother|sister|sibling|parent|guardian|caregiver|grand(?:mother|father|son|daughter|parent|child)|aunt|uncle|niece|nephew|friend|neighbou?r)$/i;

/**
 * A line of chips one of which is only a relationship ("Obinna Brandt · Son · (773) 555-0190 · born 7/19/1986", a
 * support network's or a household's list item) is that relative's line: what its chips give is theirs, whatever
 * heading the list sits under.
 */
export function kinChipLine(el: Element): boolean {
  const text = shortText(el, 200);
  return !!text && SEPARATED.test(text) && text.split(SEPARATED).some((chip) => KIN.test(chip.trim()));
}
