import { tagOf } from '../tag';

/**
 * `aria-label="Patient"` on a landmark or a region (`<section>`, `role="region"`, a dialog) names the
 * region for a screen reader: it labels the whole block of fields, not one value. Read as a label, the
 * block's whole text became a name beside the one its own "Patient Name:" labels, and two names made the
 * page unreadable. A bare word names a region; a value's own label ("Patient name") stays read.
 */
const REGION_TAGS: ReadonlySet<string> = new Set(['SECTION', 'ASIDE', 'ARTICLE', 'FORM', 'FIELDSET', 'DIALOG', 'MAIN', 'HEADER', 'NAV']);
const REGION_ROLES = /^(?:region|group|dialog|complementary|banner|form|main|tabpanel|article|navigation)$/;

export function namesRegion(el: Element): boolean {
  return REGION_TAGS.has(tagOf(el)) || REGION_ROLES.test(el.getAttribute('role') ?? '');
}
