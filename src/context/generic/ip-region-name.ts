/**
 * `aria-label="Patient"` on a landmark or a region (`<section>`, `role="region"`, a dialog) names the
 * region for a screen reader: it labels the whole block of fields, not one value. Read as a label, the
 * block's whole text became a name beside the one its own "Patient Name:" labels, and two names made the
 * page unreadable. A bare word names a region; a value's own label ("Patient name") stays read.
 */
const REGION = /^(?:section|aside|article|form|fieldset|dialog|main|header|nav|region|group|banner|complementary|tabpanel|navigation)$/;

/**
 * Apps put the same aria-label on a plain card `<div>` with no role (an ePCR hub's "Patient" card of label and value
 * rows): ARIA gives a generic element no name, but the author meant the card's. A role-less div holding rows of its
 * own names its block as a region does; read as one value, the card's whole text swallowed its labelled rows.
 */
const ROWS = 'div, p, li, tr, dd';
const MIN_ROWS = 4;

export function namesRegion(el: Element): boolean {
  if (REGION.test(el.getAttribute('role') || el.localName)) return true;
  return el.localName === 'div' && !el.hasAttribute('role') && el.querySelectorAll(ROWS).length >= MIN_ROWS;
}
