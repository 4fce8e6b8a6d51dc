import type { RawPair } from './line';

/** A stay table's pair, with the day its date cell gives (dates only). */
export type StayCell = RawPair & { el: Element; iso?: string };

/** A column of a span that is no admission: an episode's, a certification's, a programme's. */
const SPAN = /episode|certif|program|benefit|period/i;

/** A row's admission: its start of care or admission, before an episode's start in the same row. */
function own(row: StayCell[]): StayCell[] {
  const start = (p: StayCell) => p.rule.field === 'admitDate';
  if (!row.some((p) => start(p) && !SPAN.test(p.how))) return row;
  return row.filter((p) => !start(p) || !SPAN.test(p.how));
}

const key = (p: StayCell) => `${p.how}\u0000${p.iso ?? p.raw}`;

/**
 * Which of a stay table's current rows is the client's stay (stay-table.ts). One row is. Several rows
 * that repeat the same admission (a home-health episode table: one start of care, an episode per row)
 * give that admission and what else they all repeat. Otherwise the latest admission is, when every other
 * row was discharged before it began (the history of stays, in either order); else which is current
 * is not said, and none is read.
 */
export function oneStay(rows: StayCell[][]): StayCell[] {
  const mine = rows.map(own);
  if (mine.length <= 1) return mine[0] ?? [];
  const first = mine[0] as StayCell[];
  const shared = first.filter((p) => mine.every((r) => r.some((q) => key(q) === key(p))));
  if (shared.some((p) => p.rule.field === 'admitDate')) return shared;
  const admitOf = (r: StayCell[]) => r.find((p) => p.rule.field === 'admitDate')?.iso;
  const endOf = (r: StayCell[]) => r.find((p) => p.rule.field === 'dischargeDate')?.iso;
  const latest = mine.reduce<StayCell[] | undefined>((best, r) => ((admitOf(r) ?? '') > (best ? admitOf(best) ?? '' : '') ? r : best), undefined);
  const start = latest && admitOf(latest);
  if (!latest || !start || mine.filter((r) => admitOf(r) === start).length > 1) return [];
  return mine.every((r) => r === latest || (endOf(r) !== undefined && (endOf(r) as string) <= start)) ? latest : [];
}
