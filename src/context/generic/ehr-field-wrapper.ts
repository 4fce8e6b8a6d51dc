import { tagOf } from '../tag';

/**
 * A form group that holds its caption and its control ("<div class=form-group><label>Family
 * Name</label><input value=…></div>", as bootstrap-style record views print every field): its text is
 * the caption alone, so it reads like a label wrapped by itself, but its value is its own control's,
 * never the next column's caption ("Suffix"). Returns the control when the element holds one beside
 * its caption, so the pair reads the control or nothing. An input only: a select or a text area shows
 * its own text, so a wrapper around one alone is that control's value (a phone's type, "Mobile",
 * labelling the number beside it), not a caption.
 */
export function wrappedControl(label: Element): Element | null {
  if (tagOf(label) === 'LABEL' || label.childElementCount === 0) return null;
  // A hidden input carries the form's state, not what the caption labels.
  return label.querySelector('input:not([type="hidden"])');
}
