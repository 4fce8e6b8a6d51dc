const TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

/**
 * A date-time field drawn as two inputs side by side, the date's and the time's (a model-driven form's
 * "Period Start": 11/28/2026 | 9:12 PM): its date input is the field's value. Null for any other pair
 * of controls (a first and a last name), and when the time input holds something else than a time.
 */
export function splitDateTime(controls: ArrayLike<Element>): Element | null {
  if (controls.length !== 2) return null;
  const [date, time] = [controls[0], controls[1]] as [Element, Element];
  if (date.localName !== 'input' || time.localName !== 'input') return null;
  const value = (time as HTMLInputElement).value.trim();
  return /\d/.test((date as HTMLInputElement).value) && (value === '' || TIME.test(value)) ? date : null;
}
