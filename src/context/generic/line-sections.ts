import { tagOf } from '../tag';

/** Sectioning elements: each is a part of the page with its own subject, never one value of a line. */
const SECTIONS = new Set(['SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'FORM', 'MAIN', 'HEADER', 'FOOTER', 'FIELDSET']);

/**
 * An element that holds sections (a page's <main> around a record header, a details section and a
 * notes section) is a region, not a banner line: its text run together reads the header's record
 * number, a details label with the next section's heading as its value ("Gender" · "Notes"), and
 * a note, as if they were one line of one person's values.
 */
export function holdsSections(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (SECTIONS.has(tagOf(c))) return true;
  return false;
}
