/**
 * A button's text is an action's words ("Save", "Select patient") and is never read, except where a chart's
 * header prints the patient as a button (CPRS's header bar: the name over the id and the birth date, clicked to
 * select another patient). Such a button is a card: its content set on several lines, the first button of the
 * header or toolbar it sits in. Whether it names the client is then the line's own judgement (a name leading an
 * identity).
 */
const REGION = 'header, [role="banner"], [role="toolbar"]';

export function patientButton(el: Element): boolean {
  const region = el.closest(REGION);
  return !!region && region.querySelector('button') === el && el.querySelector('br, div, p') !== null && !el.closest('dialog, [role="dialog"], nav, [role="menu"], [role="listbox"], li, table');
}
