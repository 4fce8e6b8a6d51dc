/** The toolbar badge fits about four characters; an empty badge means nothing is overdue. */
export function badgeText(overdue: number): string {
  if (!Number.isFinite(overdue) || overdue <= 0) return '';
  return overdue > 999 ? '999+' : String(Math.floor(overdue));
}
