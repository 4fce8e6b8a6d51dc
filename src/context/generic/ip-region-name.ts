/**
 * `aria-label="Patient"` on a landmark or a region (`<section>`, `role="region"`, a dialog) names the
 * region for a screen reader: it labels the whole block of fields, not one value. Read as a label, the
 * block's whole text became a name beside the one its own "Patient Name:" labels, and two names made the
 * page unreadable. A bare word names a region; a value's own label ("Patient name") stays read.
 */
const REGION = /^(?:section|aside|article|form|fieldset|dialog|main|header|nav|region|group|banner|complementary|tabpanel|navigation)$/;

export function namesRegion(el: Element): boolean {
  return REGION.test(el.getAttribute('role') || el.localName);
}
