import { breakLines } from './br-labelled-lines';
import { matchLabel } from './labels';

/** Lines past this are a letter's paragraph, not a block of fields. */
const MAX_LINES = 12;
const STAY_FIELDS = new Set(['admitDate', 'dischargeDate']);
const IDENTITY_FIELDS = new Set(['name', 'mrn', 'dob']);

/**
 * An ADT notification, a transfer summary or a census alert prints the encounter as a block of its own beside the
 * patient's, its fields broken by <br> ("Facility: …<br>Unit / Room: …<br>Admit Date/Time: …<br>Discharge Date/Time: …").
 * It names no one, so it is no banner line, and it runs past the length a label's text is read at: the stay was lost.
 * Every line "Label: value", at least one dating the stay and none saying who a person is: the lines, each to be read
 * as labels. Stay fields never make a reading another person's; whose stay it is the identity read elsewhere says.
 */
export function brStayLines(el: Element): string[] | null {
  const rows = breakLines(el);
  if (!rows || rows.length < 3 || rows.length > MAX_LINES) return null;
  let stay = 0;
  for (const row of rows) {
    const label = /^([^:]{1,40}):\s*\S/.exec(row)?.[1];
    if (!label) return null;
    const field = matchLabel(label)?.field ?? '';
    if (IDENTITY_FIELDS.has(field)) return null;
    if (STAY_FIELDS.has(field)) stay++;
  }
  return stay >= 1 ? rows : null;
}
