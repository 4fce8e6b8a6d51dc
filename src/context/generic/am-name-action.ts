import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A chart header's name carries its own action ("Ignatius Nwachukwu <button aria-label="Copy name">⧉</button>", an
 * icon font's ligature, a glyph hidden from screen readers): the name is the text before it, and the button's own
 * label ("Copy name") names no inner name element.
 */
export const isAction = (el: Element) => tagOf(el) === 'BUTTON' || el.getAttribute('role') === 'button' || el.getAttribute('aria-hidden') === 'true';

export function withoutAction(el: Element, text: string): string {
  const last = el.lastElementChild;
  if (!last || !isAction(last)) return text;
  const action = shortText(last, 40);
  return action && text.endsWith(action) ? text.slice(0, -action.length).trimEnd() : text;
}
