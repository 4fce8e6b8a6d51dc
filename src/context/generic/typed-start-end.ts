import { shortText } from '../parse/text';
import { namesStay } from './st-typed-rows';

/**
 * A chart's visits table dates every encounter by bare "Start" and "End" columns beside a "Type" column
 * ("Inpatient | 12/04/2026 | Active", "Outpatient | 11/20/2026 | 11/20/2026"), as open-source EHRs and portals list
 * them. Start and end are a stay's only where the type column names some row a stay: a table of medications,
 * programs or outpatient visits alone has starts and ends too, and stays unread. The visit rows are then left out
 * as st-typed-rows.ts does for any typed stay table.
 */
export function typedStay(rows: ArrayLike<Element>, typeAt: number): boolean {
  if (typeAt < 0) return false;
  for (let i = 1; i < Math.min(rows.length, 30); i++) {
    const row = rows[i] as Element;
    const cell = row.children[typeAt];
    if (cell && namesStay(shortText(cell, 40) ?? '')) return true;
  }
  return false;
}
