import { cleanText } from '../parse/text';
import { tagOf } from '../tag';

const CELLS = new Set(['TD', 'TH']);
/** The client's other names: a row such a label leads is still the client's; another person's label leads a row of theirs. */
const OWN_ALIAS = /^(?:preferred(?: name)?|nick ?name|alias|aka|also known as|maiden name|previous name|alt\.? name)\s*:?$/i;
/**
 * The client's own numbers that are not the record number (labels of no client field): a face sheet's row "SSN |
 * ***-**-4821 | Age / Sex | 67 / F" is the client's all along. Not a case's or an episode's: a case is named for its caretaker.
 */
const OWN_NUMBER = /^(?:ssn|ss#|social security(?: ?(?:#|no\.?|number))?|fin(?: ?(?:#|nbr|no\.?|number))?|csn|har|(?:encounter|visit) ?(?:#|id|no\.?|number))\s*:?$/i;
const ownLead = (text: string) => OWN_ALIAS.test(text) || OWN_NUMBER.test(text);

/**
 * A form's row of label and value cells side by side ("Preferred Name | Dom | Gender | Male | Date of Birth |
 * 10/08/1996", as service-plan and individual data forms print three pairs to a row): its first cell labels its
 * own value only, not the row, so a label cell further along is read as itself. True for a label cell at an even
 * place past the first in a row of an even number (four or more) of cells, all of them cells, the first of them the
 * client's other name's label or one of the client's own numbers. A row led by another person's label ("Emergency
 * Contact | Jane Doe | DOB | …") or by a label over several values (an odd count) keeps its row label: what follows is
 * that row's.
 */
export function pairRowCell(el: Element, row: Element): boolean {
  if (el.parentElement !== row || !CELLS.has(tagOf(el)) || !ownLead(cleanText(row.firstElementChild?.textContent ?? '').trim())) return false;
  const cells = Array.from(row.children);
  if (cells.length < 4 || cells.length % 2 !== 0 || cells.length > 12 || cells.some((c) => !CELLS.has(tagOf(c)))) return false;
  const at = cells.indexOf(el);
  return at >= 2 && at % 2 === 0;
}
