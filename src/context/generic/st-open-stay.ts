/** A current row of a stay table: its pairs, and its admission date (ISO) when it gives one. */
export interface StayRow<T> {
  pairs: T[];
  admit?: string;
}

/**
 * Several rows of a stay table with current dates ("SNF admission 12/01 | —" above "Hospital 11/22 |
 * 12/01"): the one admission not yet discharged, begun after every other row's, is the stay going on now
 * when every other row has its discharge; they are history. Two open rows, an open row older than a
 * closed one (its discharge may just be unrecorded), or a table with no discharge column, say nothing.
 */
export function openStay<T extends { rule: { field: string | null } }>(rows: StayRow<T>[]): T[] | null {
  const ended = (r: StayRow<T>) => r.pairs.some((p) => p.rule.field === 'dischargeDate');
  const open = rows.filter((r) => r.admit && !ended(r));
  const only = open.length === 1 ? (open[0] as StayRow<T>) : null;
  if (!only || !rows.every((r) => r === only || (ended(r) && (r.admit ?? '') <= (only.admit as string)))) return null;
  return only.pairs;
}
