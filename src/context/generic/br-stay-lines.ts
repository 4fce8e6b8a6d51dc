import { breakLines, fieldsOfLines, IDENTITY_FIELDS } from './br-labelled-lines';

const STAY_FIELDS: ReadonlySet<string> = new Set(['admitDate', 'dischargeDate']);

/**
 * An ADT notification, a transfer summary or a census alert prints the encounter as a block of its own beside the
 * patient's, its fields broken by <br> ("Facility: …<br>Unit / Room: …<br>Admit Date/Time: …<br>Discharge Date/Time: …").
 * It names no one, so it is no banner line, and it runs past the length a label's text is read at: the stay was lost.
 * Every line "Label: value", at least one dating the stay and none saying who a person is: the lines, each to be read
 * as labels. Stay fields never make a reading another person's; whose stay it is the identity read elsewhere says.
 */
export function brStayLines(el: Element): string[] | null {
  const rows = breakLines(el);
  const fields = fieldsOfLines(rows);
  return fields && !fields.some((f) => IDENTITY_FIELDS.has(f)) && fields.some((f) => STAY_FIELDS.has(f)) ? rows : null;
}
