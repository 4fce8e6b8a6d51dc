import { tagOf } from '../tag';

/** A location's label naming a ward or unit, or a bed or room (the word kept for a bare number). */
export const UNIT = /^label "(?:[a-z]+ )?(?:ward|unit|nursing unit|location)\b/i;
export const BED = /^label "(?:[a-z]+ )?(bed|room|rm)\b/i;
const STAY_FACILITY = /^label "(?:admitting|admission|discharging|discharge) (?:facility|hospital)\b/i;

/** A place labelled below the banner: a banner's own chips are read in order, its first place standing for the rest. */
export const placedBelow = (p: { field: string | null; origin: string; banner: Element | null }) => p.field === 'location' && p.origin === 'label' && !p.banner;

/**
 * A label and its value make a field row, and a form's rows sit side by side in one group ("<div
 * class=field><label>Admission Date</label>…</div><div class=field><label>Ward</label>…</div>"): a
 * ward, unit, room or bed in a row of the stay's group is where the stay is. A group is a small block, never the page.
 */
export function rowOfGroup(p: { el: Element; how: string }, stayRows: readonly (Element | null | undefined)[]): boolean {
  const group = p.el.parentElement?.parentElement;
  // A facility beside the stay may be the user's or the referrer's: only a ward, unit, room or bed is the stay's own,
  // and a facility whose label says it admitted or discharged the client ("Discharging Facility").
  if (!UNIT.test(p.how) && !BED.test(p.how) && !STAY_FACILITY.test(p.how)) return false;
  return !!group && group.childElementCount <= 12 && !/^(?:BODY|MAIN|HTML)$/.test(tagOf(group)) && stayRows.some((r) => r?.parentElement === group);
}
