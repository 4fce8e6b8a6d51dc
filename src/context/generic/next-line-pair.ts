import { tagOf } from '../tag';
import { matchLabel } from './labels';

/**
 * A generated narrative prints an element it has no value for as its label and separator alone
 * ("<p><b>gender</b>: </p><p><b>birthsex</b>: Female</p>", US Core's older IG narratives): the label's
 * value is empty, and the next line, opened by a label marked up like this one and its own separator,
 * is another element's pair, never this label's value ("birthsex: Female" read as the sex).
 */
export function nextLinePair(label: Element, value: Element): boolean {
  const head = leadingMark(value);
  if (!head || value.contains(label)) return false;
  // Its separator, or with none (many generators print "<b>Name</b> DOE, JANE") an inline mark that is itself a known
  // label; a table's cell is no such mark (a section's caption row above a row of captioned cells reads as before).
  return tagOf(head) === tagOf(leadingMark(label) ?? label) && (/^\s*[:=]/.test(head.nextSibling?.textContent ?? '') || (!CELLS.has(tagOf(head)) && matchLabel(head.textContent ?? '') !== null));
}

const CELLS = new Set(['TD', 'TH', 'TR']);

/** The element a line opens with ("<b>gender</b>" of "<p><b>gender</b>: …</p>"), when its text opens the line's. */
function leadingMark(line: Element): Element | null {
  const head = line.firstElementChild;
  const lead = head?.textContent?.trim();
  return head && lead && (line.textContent ?? '').trimStart().startsWith(lead) ? head : null;
}
