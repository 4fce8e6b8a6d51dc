import type { VisibilityChecker } from '../dom';
import { shortText } from '../parse/text';
import { valueAbove } from './crm-caption';
import { nothingAbove } from './am-caption-above';

/**
 * A header tile prints its value above its caption, each in a wrapper of its own ("<div><div>MR-55012</div>
 * <div><label>Medical Record Number</label></div></div>", as model-driven forms lay out their header fields):
 * the caption's wrapper, holding the caption alone, is what sits under the value (crm-caption.ts).
 */
export function valueAboveWrapper(label: Element, vis: VisibilityChecker): { text: string; el: Element } | null {
  const wrap = label.parentElement;
  return wrap && wrap.childElementCount === 1 && !nothingAbove(label, wrap) && shortText(wrap, 60) === shortText(label, 60) ? valueAbove(wrap, vis) : null;
}
