import { shortText } from '../parse/text';
import { namesStay } from './st-typed-rows';
import type { Row } from './stay-table';

/**
 * A chart's visits table dates every encounter by bare "Start" and "End" columns beside a "Type" column
 * ("Inpatient | 12/04/2026 | Active", "Outpatient | 11/20/2026 | 11/20/2026"), as open-source EHRs and portals list
 * them. Start and end are a stay's only where the type column names some row a stay and every other column is one an
 * encounter list has (where, who, why, status): a medication list's order class says "Inpatient" too, beside its drug
 * and dose columns, and a table titled by anything else (a caption or an aria-label) stays unread. The visit rows
 * are then left out as st-typed-rows.ts does for any typed stay table.
 */
const ENCOUNTER_COLUMN = /^(?:(?:visit|encounter|enc\.?|patient|admission) )?(?:type|class|setting)$|^(?:start|end)(?: date)?$|^(?:location|loc\.?|provider|attending|clinician|physician|facility|department|dept\.?|unit|ward|service|site|status|reason|disposition|visit|encounter|#|id)$/i;

export function typedStay(head: Row, rows: ArrayLike<Element>, typeAt: number, titled: boolean): boolean {
  if (typeAt < 0 || titled) return false;
  if (!head.cells.every((c) => ENCOUNTER_COLUMN.test(shortText(c, 40)?.trim() ?? ''))) return false;
  for (let i = 1; i < Math.min(rows.length, 30); i++) {
    const cell = (rows[i] as Element).children[typeAt];
    if (cell && namesStay(shortText(cell, 40) ?? '')) return true;
  }
  return false;
}
