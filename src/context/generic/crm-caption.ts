import type { VisibilityChecker } from '../dom';
import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { nothingAbove } from './am-caption-above';

/**
 * Model-driven CRM form headers (Dynamics 365's header fields, KPI tiles) print each value above a
 * small caption that labels it: `<div><div>PT-0048817</div><div>Medical Record Number</div></div>`.
 * Asked only when nothing follows the label: the value is the one element before it, when the pair
 * is all its parent holds. Never in a table, whose cells before a label belong to another column.
 */
export function valueAbove(label: Element, vis: VisibilityChecker): { text: string; el: Element } | null {
  const parent = label.parentElement;
  const value = label.previousElementSibling;
  if (!parent || !value || value.previousElementSibling || label.nextElementSibling || label.closest('table') || nothingAbove(label, value)) return null;
  const text = vis.isVisible(value) ? shortText(value, 200) : null;
  return text && !matchLabel(text) && (shortText(parent, 260) ?? '').replace(text, '').trim() === (shortText(label, 60) ?? '').trim() ? { text, el: value } : null;
}
