import { readValue } from '../dom';
import { shortText } from '../parse/text';
import { RELATION } from './relation-words';

const RELATIONSHIP = /^relation(?:ship)?(?: to (?:patient|client|member|resident))?\s*:?$/i;

/**
 * A group of fields that says how its person is related to the client ("Relationship: Daughter"), as a
 * record's edit form groups each contact (a FHIR Patient.contact, a guardian's block): its name and
 * telecom are that person's, whatever the group's legend says ("Contact" is as often the client's own
 * contact details).
 */
export function relativeGroup(el: Element): boolean {
  const group = el.closest('fieldset, [role="group"]');
  if (!group) return false;
  const labels = group.querySelectorAll('label, dt, th');
  for (let i = 0; i < labels.length && i < 12; i++) {
    const label = labels[i] as Element;
    if (!RELATIONSHIP.test(shortText(label, 40) ?? '')) continue;
    const next = label.nextElementSibling;
    const value = next ? readValue(next, 40) : null;
    if (value && RELATION.test(value)) return true;
  }
  return false;
}

/** Values a contact point's system names that are not a phone number. */
const NOT_PHONE = /^(?:email|fax|pager|url|sms|other)$/i;

/**
 * "<fieldset><legend>Telecom</legend><label>System</label><select>phone</select><label>Value</label><input>":
 * a resource form's contact point, its value captioned "Value" under the group's legend. The legend's
 * label is the value's when it labels a phone and the group's system (if shown) is a phone's.
 */
export function legendLabelsValue<R extends { field: string | null }>(el: Element, text: string, match: (t: string) => R | null): R | null {
  if (!/^value\s*:?$/i.test(text)) return null;
  const group = el.closest('fieldset');
  const legend = group?.querySelector(':scope > legend');
  const rule = legend ? match(shortText(legend, 40) ?? '') : null;
  if (!group || rule?.field !== 'phone' || relativeGroup(el)) return null;
  for (const control of Array.from(group.querySelectorAll('select, input')).slice(0, 6)) if (NOT_PHONE.test(readValue(control, 20) ?? '')) return null;
  return rule;
}
