import { openingText } from '../parse/text';
import { tagOf } from '../tag';
import { SHAPE, type LabelRule } from './labels';

/**
 * A chart's visit list heads each visit's card with its type and dates it on the line after ("<h4>Inpatient Visit</h4>
 * <p>02 Dec 2026, 10:41 AM – 06 Dec 2026, 02:15 PM</p>", as OpenMRS 3's Visits page and other visit timelines do):
 * the type is the caption of a stay's period there. Only a heading (or a title-classed element) that names an
 * inpatient visit or admission alone, and only before a line that holds a range or a date: an outpatient or facility
 * visit dates no stay, and a heading over a list of visits captions none of them.
 */
const INPATIENT_VISIT = /^(?:inpatient|in-patient|ipd|hospital)\s+(?:visit|stay|admission|encounter)$|^(?:admission|hospitali[sz]ation)$/i;
const TITLE_CLASS = /(?:^|[_\s-])(?:visit)?(?:type|title|heading)(?:$|[_\s-])/i;
const DATE_LINE = /^\s*\d{1,4}[\s/.-]+(?:\d{1,2}|[A-Za-z]{3,9})[\s/.,-]+\d{2,4}\b/;

export function inpatientVisitHeading(el: Element, text: string): LabelRule | null {
  if (!INPATIENT_VISIT.test(text.trim())) return null;
  const tag = tagOf(el);
  if (!/^H[1-6]$/.test(tag) && !TITLE_CLASS.test(el.getAttribute('class') ?? '')) return null;
  const next = el.nextElementSibling;
  if (!next || next.children.length > 2) return null;
  return DATE_LINE.test(openingText(next, 120)) ? SHAPE.period : null;
}
