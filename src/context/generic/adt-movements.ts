import type { StayCell } from './stay-rows';

const dateOf = (row: StayCell[], field: 'admitDate' | 'dischargeDate') => row.find((p) => p.rule.field === field && p.iso);

/**
 * An ADT notifications table ("Event | Date | Facility | Unit": a discharge, the admission before it, an older ED visit)
 * lists one stay's movements a row each, not stays: its one stay is the latest admission with the first discharge
 * dated on or after it, and the admission row's place when the discharge row names no other. Read only when every row
 * is one movement (one date, which its event column names); a row dated twice is a stay of its own (stay-rows.ts).
 */
export function movementStay(rows: StayCell[][]): StayCell[] {
  if (!rows.every((r) => r.filter((p) => p.iso).length === 1)) return [];
  const admissions = rows.filter((r) => dateOf(r, 'admitDate'));
  const latest = admissions.reduce<StayCell[] | undefined>((best, r) => (!best || (dateOf(r, 'admitDate')?.iso as string) > (dateOf(best, 'admitDate')?.iso as string) ? r : best), undefined);
  if (!latest) return [];
  const start = dateOf(latest, 'admitDate') as StayCell;
  if (admissions.filter((r) => dateOf(r, 'admitDate')?.iso === start.iso).length > 1) return [];
  const ends = rows.map((r) => dateOf(r, 'dischargeDate')).filter((p): p is StayCell => !!p && (p.iso as string) >= (start.iso as string));
  const end = ends.reduce<StayCell | undefined>((first, p) => (!first || (p.iso as string) < (first.iso as string) ? p : first), undefined);
  const endRow = end && rows.find((r) => r.includes(end));
  const place = latest.find((p) => p.rule.field === 'location');
  const otherPlace = endRow?.find((p) => p.rule.field === 'location' && p.raw !== place?.raw);
  return [start, ...(end ? [end] : []), ...(place && !otherPlace ? [place] : [])];
}
