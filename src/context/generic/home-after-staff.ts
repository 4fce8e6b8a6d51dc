import { shortText } from '../parse/text';

/**
 * A home phone in the row right after a clinician's or a place's row ("Provider | Desmond Hale, MD" then
 * "Home | (919) 555-0115") is the client's: a record prints a clinician's office or a place's desk line, never
 * their home. After a relative's or a contact's row it stays theirs (others.ts, ip-others-row.ts).
 */
const HOME = /^(?:home|h)(?: ?(?:phone|ph\.?|tel\.?|#|no\.?|number))?\s*:?$/i;
const STAFF_OR_PLACE = /^(?:(?:primary |attending |referring |rendering |treating )?(?:provider|physician|doctor|clinician|practitioner|pcp|nurse|therapist|prescriber)|primary care(?: provider)?|attending|facility|pharmacy|practice|clinic|location|department|dept\.?)\s*:?$/i;

export function homeAfterStaff(labelText: string, label: Element): boolean {
  if (!HOME.test(labelText.trim())) return false;
  const row = label.parentElement;
  if (!row || row.firstElementChild !== label) return false;
  const head = row.previousElementSibling?.firstElementChild;
  return !!head && STAFF_OR_PLACE.test(shortText(head, 40) ?? '');
}
