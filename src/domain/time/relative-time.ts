/** i18n key + count for "N days ago"; the UI owns the wording. */
export type DaysAgoKey = 'today' | 'yesterday' | 'daysAgo' | 'inFuture';

export function describeDaysAgo(days: number): { key: DaysAgoKey; count: number } {
  if (days < 0) return { key: 'inFuture', count: -days };
  if (days === 0) return { key: 'today', count: 0 };
  if (days === 1) return { key: 'yesterday', count: 1 };
  return { key: 'daysAgo', count: days };
}
