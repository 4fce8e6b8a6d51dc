import { shortText } from '../parse/text';
import { parseDate } from '../parse/dates';
import type { ReadEnv } from '../reading';
import { matchLabel } from './labels';
import type { RawPair } from './line';

/**
 * The stay as a table with its labels in a header row ("Facility | Admit Date | Discharge Date"), as
 * care-management tasks, encounter lists and ADT summaries print it. Read only when one visible table
 * heads stay columns and has one row under them, whose dates are current (a year away at most): more
 * rows are a history that does not say which stay is current, and a table that also heads a name, a
 * record number or a birth date lists people.
 */
export function stayTable(doc: Document, env: ReadEnv): (RawPair & { el: Element })[] {
  let found: (RawPair & { el: Element })[] = [];
  const now = Date.UTC(env.today.y, env.today.m - 1, env.today.d);
  for (const table of Array.from(doc.getElementsByTagName('table')).slice(0, 40)) {
    const [head, row, more] = Array.from(table.rows).filter((r) => env.vis.isShownByMarkup(r));
    if (!head || !row || more || /\d/.test(head.textContent ?? '') || !env.vis.isVisible(table)) continue;
    const pairs: (RawPair & { el: Element })[] = [];
    for (let i = 0; i < head.cells.length; i++) {
      const label = shortText(head.cells[i] as Element, 40) ?? '';
      const rule = matchLabel(label);
      const field = rule?.field;
      if (field === 'name' || field === 'mrn' || field === 'dob') {
        pairs.length = 0;
        break;
      }
      const cell = row.cells[i];
      const raw = cell && (field === 'admitDate' || field === 'dischargeDate') ? shortText(cell, 60) : null;
      const date = raw ? parseDate(raw, { order: env.dateOrder, kind: 'event', today: env.today }) : null;
      if (!date || !rule || !cell) continue;
      const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
      if (Math.abs(Date.UTC(y, m - 1, d) - now) < 366 * 86400000) pairs.push({ rule: rule.period ? { field: 'admitDate', re: rule.re } : rule, raw: raw as string, how: `column "${label}"`, el: cell });
    }
    if (pairs.length === 0) continue;
    if (found.length > 0) return [];
    found = pairs;
  }
  return found;
}
