/**
 * A <label> that holds its control ("<label>Legal first name <input value=…></label>", as client forms in
 * behavioural-health and practice apps print every field) labels that control without a `for`: its value
 * is the control's, or nothing when the control is empty, never the next field's caption (pairs.ts reads it). A
 * choice's option (a radio in its own label) is no such control: its label is the option's caption.
 */
export function implicitControl(label: Element): Element | null {
  return label.querySelector('input:not([type="hidden"],[type="radio"],[type="checkbox"],[type="button"],[type="submit"]), select, textarea');
}

/** A <label>'s own words beside a choice it holds ("<label>Sex <select>…</select></label>"): its caption, without the options' text. */
export function captionBesideChoice(label: Element): string | null {
  if (!label.querySelector('select')) return null;
  let text = '';
  for (let n = label.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text.trim() || null;
}
