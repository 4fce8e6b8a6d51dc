/**
 * Identifiers labelled below a banner, in a record's details: a national health number, a member number or a bare
 * ID printed beside the record's own number are weaker labels, and yield to it instead of making two record numbers
 * that cancel each other ("Record No. 4471203" over "IHI 8003 6080 0003 6214" in an Australian practice's details).
 * Other fields' pairs pass unchanged; of the identifiers, those of the strongest label.
 */
export function strongest<P extends { field: string; weak?: number }>(pairs: P[]): P[] {
  const ids = pairs.filter((p) => p.field === 'mrn');
  if (ids.length === 0) return pairs;
  const best = Math.min(...ids.map((p) => p.weak ?? 0));
  return pairs.filter((p) => p.field !== 'mrn' || (p.weak ?? 0) === best);
}

/** A weak identifier in the banner (a national number) with a stronger one labelled below it: the banner does not show the record number. */
export function outranked<P extends { field: string; weak?: number; banner?: unknown; origin?: string }>(p: P, pairs: P[]): boolean {
  return p.field === 'mrn' && (p.weak ?? 0) > 0 && pairs.some((q) => !q.banner && q.field === 'mrn' && q.origin === 'label' && (q.weak ?? 0) < (p.weak ?? 0));
}
