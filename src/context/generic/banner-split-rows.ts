import type { Line } from './line';

/** What this rule needs of a found line. */
interface RowLine {
  line: Line;
}

const KEYS = ['dob', 'mrn'] as const;

/**
 * Two lines under one parent, one giving the birth date and the other the record number, are one
 * banner's two rows ("female · 48 y · 1978-05-05" over "Account # 887… · Admit Date …"), not a list of
 * two people: a list repeats its fields row after row. Only two rows that share no key field and at
 * most one name leading them (two leads would be two people, each with a half of an identity).
 */
export function oneBannerRows(group: RowLine[]): boolean {
  if (group.length !== 2) return false;
  const keys = group.map((g) => new Set(g.line.pairs.map((p) => p.rule.field).filter((f) => KEYS.some((k) => k === f))));
  const [a, b] = keys as [Set<unknown>, Set<unknown>];
  return ![...a].some((f) => b.has(f)) && group.filter((g) => g.line.lead !== undefined).length <= 1;
}
