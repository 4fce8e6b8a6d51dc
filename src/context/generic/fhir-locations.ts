import { cleanText, shortText } from '../parse/text';
import type { LabelRule } from './labels';

export const ENCOUNTER_LOCATION = 'encounter location (narrative table)';
export const LOCATION_RULE: LabelRule = { field: 'location', re: /^$/ };
const HEADING = /^H[1-6]$/;

/**
 * An Encounter's narrative prints its locations as a table after a "Locations" heading ("- | Location | Status",
 * then "* | Location/ward-5c "Ward 5C Bed 14" | completed"), beside its own "period": the one row's display (the
 * quoted text after the reference, else the cell without it) is where the stay is. Only when the narrative that holds
 * the table also labels a period, and the table has one row of locations: several are the stay's moves, and which is
 * current is not said.
 */
export function encounterLocation(doc: Document, shown: (e: Element) => boolean): { el: Element; raw: string } | null {
  for (const table of Array.from(doc.getElementsByTagName('table')).slice(0, 40)) {
    const head = table.previousElementSibling;
    if (!head || !HEADING.test(head.tagName.toUpperCase()) || !/^locations?$/i.test(cleanText(head.textContent ?? '').trim())) continue;
    const rows = Array.from((table as HTMLTableElement).rows ?? []);
    const column = rows[0] ? Array.from(rows[0].cells).findIndex((c) => /^location$/i.test(shortText(c, 20) ?? '')) : -1;
    const holder = table.parentElement;
    const period = holder && Array.from(holder.children).some((c) => c.tagName.toUpperCase() === 'P' && /^period$/i.test(cleanText(c.querySelector('b')?.textContent ?? '').trim()));
    if (column < 0 || rows.length !== 2 || !period || !shown(table)) continue;
    const cell = (rows[1] as HTMLTableRowElement).cells[column];
    const text = cell ? shortText(cell, 120) ?? '' : '';
    const raw = (/"([^"]{2,80})"/.exec(text)?.[1] ?? text.replace(/\bLocation\/\S+/, '')).trim();
    return cell && /\p{L}/u.test(raw) ? { el: cell, raw } : null;
  }
  return null;
}
