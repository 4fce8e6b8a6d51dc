import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A bold caption over its value in a grid of captioned cells ("<div><b>Living Arrangement</b><br>Lives
 * alone</div>" beside "<div><b>Birth Date</b><br>…</div>"), as printed profiles lay out their fields:
 * the caption names a field the label rules do not know, never the client. Known by its line break
 * before the value and by a sibling cell whose caption, in the same tag, is a label.
 */
export function captionOfValue(c: Element, isLabel: (text: string) => unknown): boolean {
  const cell = c.parentElement;
  if (!cell || cell.firstElementChild !== c || tagOf(c.nextElementSibling ?? c) !== 'BR') return false;
  let n = 0;
  for (let s = cell.parentElement?.firstElementChild; s && n < 16; s = s.nextElementSibling, n++) {
    const cap = s === cell ? null : s.firstElementChild;
    if (cap && tagOf(cap) === tagOf(c) && isLabel(shortText(cap, 40) ?? '')) return true;
  }
  return false;
}
