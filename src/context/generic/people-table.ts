import { partiesTable } from './party-role-row';
import type { ReadEnv } from '../reading';
import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { cellBelow } from './stacked-grid';
import { isColumnHeader } from './column-header';
import { RELATION_COLUMN } from './hc-household';
import { AMOUNT_COLUMN } from './pp-amount-column';
import { COUNT_COLUMN } from './count-column';
import { othersRecordsTable } from './other-records';
import { familyTable } from './family-table';
import { oneNameColumn } from './one-patient-column';

/**
 * A person list: a visible table with a patient column or two identity columns, over ≥2 rows. Asked
 * only of a page without a banner; `picked` passes a table the client was picked from.
 */
export async function hasPeopleTable(doc: Document | Element, env: ReadEnv, picked?: (table: Element) => boolean): Promise<boolean> {
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < 200; i++) {
    if (env.slicer.due()) await env.slicer.pause();
    const t = tables[i];
    if (!t) break;
    if (!env.vis.isVisible(t)) continue;
    // A related list of other records beside the one opened (other-records.ts).
    if (othersRecordsTable(t)) continue;
    // Or the list the user picked the client from (picked-table.ts).
    if (picked?.(t)) continue;
    // Unless it is the family a dental or billing system keys its patient by (family-table.ts): asked of people tables only.
    if (peopleTable(t, env) && !familyTable(t)) return true;
  }
  return false;
}

/** A visible table with a patient column or two identity columns, over ≥2 rows: a list of people. */
export function peopleTable(t: Element, env: ReadEnv): boolean {
  // One case's parties, the client's row picked by its role (party-role-row.ts).
  if (partiesTable(t)) return false;
  const headers = Array.from(t.querySelectorAll('th')).slice(0, 30).filter((h) => isColumnHeader(h) && !cellBelow(h));
  // A list of people has a patient column, or two identity columns (name and birth date, say); a
  // care-team or medication table has a "Name" column alone.
  const identity = new Set<string>();
  for (const h of headers) {
    const text = shortText(h, 40) ?? '';
    const field = matchLabel(text)?.field;
    // The people around one client (hc-household.ts).
    if (RELATION_COLUMN.test(text)) identity.add('kin');
    // Never a column of the patient's share of a bill (pp-amount-column.ts), nor one counting clients (count-column.ts).
    // Nor one naming the same person on every row: one patient's ledger or history (one-patient-column.ts).
    else if (/^(?:patient|member|client|resident)s?\b/i.test(text) && !AMOUNT_COLUMN.test(text) && !COUNT_COLUMN.test(text)) {
      if (!oneNameColumn(t, h)) identity.add('who');
    }
    else if (field === 'name' || field === 'mrn' || field === 'dob') identity.add(field);
  }
  if (identity.has('kin') || (!identity.has('who') && identity.size < 2)) return false;
  let rows = 0;
  for (const tr of Array.from(t.querySelectorAll('tr')).slice(0, 50)) {
    if (tr.querySelector('td') && env.vis.isVisible(tr)) rows++;
    if (rows >= 2) return true;
  }
  return false;
}
