import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { matchLabel } from './labels';

/**
 * "<div><span>Patient</span> <span>Marchetti, Ysolde</span></div><div><span>DOB</span> <span>02/11/1955</span>
 * <span>Sex</span> <span>F</span></div>": an alert's patient block of rows of like elements, no colon, no class saying
 * which is the caption. Two spans alike say nothing of it alone (caption-rows.ts), but the row right below does: it
 * pairs its elements the same way, and its first and third are labels of the client's identity standing without that
 * help (a birth date, a sex, a record number). The bare word leading the row above them is a caption as in a cell.
 */
const IDENTITY_FIELDS = new Set(['dob', 'sex', 'mrn']);

export function leadsRowAbovePairs(el: Element): boolean {
  const row = el.parentElement;
  const next = row?.nextElementSibling;
  if (!row || !next || row.firstElementChild !== el || row.childElementCount !== 2 || el.childElementCount > 0) return false;
  const cells = Array.from(next.children);
  if (cells.length < 4 || cells.length > 12 || cells.length % 2 !== 0) return false;
  return [cells[0], cells[2]].every((c) => {
    if (!c || tagOf(c) !== tagOf(el)) return false;
    const rule = matchLabel(cleanText(c.textContent ?? ''));
    return !!rule && !rule.bare && IDENTITY_FIELDS.has(rule.field ?? '');
  });
}
