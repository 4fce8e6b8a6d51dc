import { shortText } from '../parse/text';
import { splitInlineLabels } from './labels';

/**
 * "<td><input value="Abernathy, Colin" readonly> <span>DOB: 1956-10-04</span> <a>Patient ID: 4172</a></td>": an
 * appointment dialog's field cell leads with the control holding the value and adds the record's other facts after it,
 * each under its own label. The control's value is the label's, provided nothing precedes it in the cell and what
 * follows opens with a known label; a control followed by free text is not told apart from its caption.
 */
export function leadingControl(cell: Element, value: (control: Element) => string | null): string | null {
  const control = cell.firstElementChild;
  if (!control || !/^(?:input|select)$/.test(control.localName)) return null;
  for (let n = cell.firstChild; n && n !== control; n = n.nextSibling) if (n.nodeType !== 1 && n.textContent?.trim()) return null;
  const rest = control.nextElementSibling;
  const after = rest ? shortText(rest, 80) : null;
  if (!after || splitInlineLabels(after).length === 0) return null;
  return value(control);
}
