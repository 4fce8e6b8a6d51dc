/**
 * A strip of form fields (a record form's header: "<label>Birthday</label><input value=…>") shows its values
 * in controls, which an element's text leaves out: what remains is the labels run together ("Birthday Owner"),
 * which can read as a name. An element holding labels or controls is a form, never a name.
 */
export function holdsForm(el: Element): boolean {
  return el.querySelector('label, input, select, textarea') !== null;
}
