import { labelledToken } from './line';
import { RELATION } from './relation-words';
import { FACILITY, UNIT } from './adt-card-place';
import type { LabelRule } from './labels';

export const CHIP_PLACE: LabelRule = { field: 'location', re: /^$/ };

const PLACE = /^[\p{L}\d][\p{L}\d .,'’&/-]{1,40}$/u;

/**
 * "Adm 11/22/2026 · Exp DC 12/06/2026 · St. Brendan's, 3 South": a line of the stay's own chips ends with where the stay
 * is, unlabelled. Read only when every other chip is a labelled stay date and this one is the line's only unlabelled
 * chip, shaped like a hospital or a unit ("3 South", "Ward 5", "ICU") — never a person's, a date or a number alone.
 */
export function stayChipPlace(chips: string[]): string | null {
  const loose = chips.filter((c) => labelledToken(c).length === 0);
  const dated = chips.filter((c) => labelledToken(c).some((p) => p.rule.field === 'admitDate' || p.rule.field === 'dischargeDate'));
  if (loose.length !== 1 || dated.length !== chips.length - 1 || dated.length === 0) return null;
  const place = loose[0] as string;
  if (!PLACE.test(place) || RELATION.test(place) || /\bdr\b|\d{4}|\d[/.-]\d/i.test(place)) return null;
  return place.split(/,\s*/).some((part) => FACILITY.test(part) || UNIT.test(part)) ? place : null;
}
