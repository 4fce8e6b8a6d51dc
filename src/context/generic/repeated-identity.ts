import type { Line } from './line';

/** What this rule needs of a found line. */
interface RepeatedLine {
  line: Line;
}

const squeeze = (s: string) => s.replace(/[\s.:#-]+/g, '').toLowerCase();

/** The line's record numbers and birth dates as printed, and the name leading it. */
function identityOf(line: Line): string {
  const keys = line.pairs.filter((p) => p.rule.field === 'dob' || p.rule.field === 'mrn').map((p) => `${p.rule.field}=${squeeze(p.raw)}`);
  return [...keys.sort(), `lead=${squeeze(line.lead ?? '')}`].join('|');
}

/**
 * Lines under one parent that print the same identity (the same record number and birth date as written, the same
 * name leading them) are one person shown more than once, not a list of people: an imaging viewer repeats its
 * patient's overlay in every viewport of a comparison layout, a printed record repeats its header on each page.
 * A list's rows differ in at least one of them.
 */
export function oneIdentityRepeated(group: RepeatedLine[]): boolean {
  const [first, ...rest] = group.map((g) => identityOf(g.line));
  return first !== undefined && /(?:dob|mrn)=/.test(first) && rest.every((k) => k === first);
}

/** What firstRepeated needs of a found line: where it sits and what it says. */
interface PlacedLine extends RepeatedLine {
  el: Element;
  banner: Element | null;
}

/**
 * Anchors far apart with no region holding them all (a printed report's running header, repeated at the top of each
 * page, each page its own block) stand for one header when every anchor holds a line and all those lines print the
 * same identity: the first is the region the name is read from. Anchors whose lines differ stay unreadable (a list).
 */
export function firstRepeated(anchors: readonly Element[], lines: readonly PlacedLine[]): Element | null {
  const held = anchors.map((a) => lines.filter((l) => (l.banner ?? l.el) === a || a.contains(l.el)));
  if (held.some((h) => h.length === 0)) return null;
  return oneIdentityRepeated(held.flat()) ? (anchors[0] ?? null) : null;
}
