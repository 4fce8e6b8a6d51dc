import { tagOf } from '../tag';
import { shortText } from '../parse/text';

/**
 * A header tile or a field row keeps a slot for its value even when the value is blank ("<div
 * class=tile><div>Room</div><div></div></div>"): the tile's text is then its label alone, and the label
 * would take the next tile's value ("Admitted 11/28/2026" as the room, a last visit's date as the
 * discharge, an emergency contact's phone as the client's). A label beside blank slots labels nothing,
 * whether the label is the tile itself or its caption (a browser gives a blank slot no size, so the
 * caption sees no value beside it and climbs out of its tile).
 */
const NOT_SLOT = /^(?:INPUT|SELECT|TEXTAREA|IMG|SVG|I|BR|BUTTON)$/;

// A web component's <slot> has no children of its own: what it shows is what the page assigns to it.
const blank = (c: Element) => !NOT_SLOT.test(tagOf(c)) && !c.firstElementChild && (tagOf(c) === 'SLOT' ? !shortText(c) : (c.textContent ?? '').trim() === '');

/** `el` holds its label and, beside it, blank slots only (the tile whose text is its label). */
function holdsBlank(el: Element, label: Element | null): boolean {
  const n = el.childElementCount;
  if (n < 2 || n > 3) return false;
  let blanks = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c !== label && blank(c)) blanks++;
  return blanks === n - 1;
}

export function blankSlot(label: Element): boolean {
  return holdsBlank(label, null) || (!!label.parentElement && holdsBlank(label.parentElement, label));
}
