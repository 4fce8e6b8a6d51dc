import { shortText } from '../parse/text';
import { parseDate } from '../parse/dates';
import type { ReadEnv } from '../reading';
import { matchLabel, type LabelRule } from './labels';
import { tagOf } from '../tag';
import type { RawPair } from './line';
import { stayPlace } from './crm-stay-place';
import { oneStay, type StayCell } from './stay-rows';
import { movementStay } from './adt-movements';
import { encounterColumn } from './encounter-columns';
import { stayRowsByType, typeColumn } from './st-typed-rows';
import { typedStay } from './typed-start-end';

/**
 * The stay as a table with its labels in a header row ("Facility | Admit Date | Discharge Date"), as
 * care-management tasks, encounter lists and ADT summaries print it: the one row whose stay columns
 * hold current dates (a year away at most), in the one visible table that has such a row. Of several
 * such rows, the one that is current when the rows say which (stay-rows.ts); older rows are history; a table that also
 * heads a name, a record number or a birth date lists people. A census's movements name their dates
 * in an action column ("Admission", "Discharge"; a leave or a return is neither).
 */
/** A row as its cells: a table's own, or an ARIA grid row's children. */
export interface Row {
  el: Element;
  cells: Element[];
}
const STAY_TITLE = /encounter|admission|stay|hospitali[sz]ation|inpatient|episode/i;
const START: LabelRule = { field: 'admitDate', re: /^$/ };
const END: LabelRule = { field: 'dischargeDate', re: /^$/ };

/** A table's or grid's row elements, taken as they are (a flowsheet has thousands: only the first few are read). */
function gridRows(grid: Element): ArrayLike<Element> | null {
  return tagOf(grid) === 'TABLE' ? (grid as HTMLTableElement).rows ?? null : grid.querySelectorAll('[role="row"]');
}
const rowOf = (el: Element): Row => ({ el, cells: Array.from(tagOf(el) === 'TR' ? (el as HTMLTableRowElement).cells : el.children) });

export function stayTable(doc: Document, env: ReadEnv, grids: Element[] = []): (RawPair & { el: Element })[] {
  const found: StayCell[][] = [];
  // Each found row's encounter type, when its table has a type column (st-typed-rows.ts).
  const types: string[] = [];
  let foundIn: Element | null = null;
  // Whether the table's rows are one stay's movements, dated by an event column (adt-movements.ts).
  let movements = false;
  const now = Date.UTC(env.today.y, env.today.m - 1, env.today.d);
  // ARIA grids too (a model-driven subgrid's role=row divs, met by the reader's walk), after the tables.
  for (const table of [...Array.from(doc.getElementsByTagName('table')).slice(0, 40), ...grids]) {
    const rows = gridRows(table);
    // An XML document's own `table` (a raw C-CDA's narrative) has no rows to read as HTML's.
    if (!rows) continue;
    // The first 30 rows the markup shows, taken as they come (a flowsheet has thousands), and read
    // only under a header that names the stay or the movements.
    let at = 0;
    let left = 30;
    const shown = (): Row | undefined => {
      while (left > 0 && at < rows.length) {
        const row = rows[at++] as Element;
        if (env.vis.isShownByMarkup(row)) return left--, rowOf(row);
      }
      return undefined;
    };
    const head = shown();
    if (!head || /\d/.test(head.el.textContent ?? '') || !env.vis.isVisible(table)) continue;
    // A grid titled by the stay ("Encounters", "Admissions") dates it by its start and end columns.
    const typeAt = typeColumn(head);
    // Or one whose type column names a row a stay ("Inpatient | 12/04/2026 | Active" among outpatient visits; typed-start-end.ts).
    const title = table.getAttribute('aria-label') ?? (table as HTMLTableElement).caption?.textContent ?? '';
    const stay = STAY_TITLE.test(title) || typedStay(head, rows, typeAt, title.trim() !== '');
    const rules = head.cells.map((c) => {
      const text = shortText(c, 40) ?? '';
      return matchLabel(text) ?? (stay && /^start(?: date)?$/i.test(text) ? START : stay && /^end(?: date)?$/i.test(text) ? END : null);
    });
    // A list of people, not one person's stays; but an encounters table's own columns (encounter-columns.ts) are no person's.
    if (rules.some((r, i) => (r?.field === 'name' || r?.field === 'mrn' || r?.field === 'dob') && !encounterColumn(head.cells[i] as Element, r, typeAt))) continue;
    // A census lists movements ("Effective Date | Action"): the action names what its row's date is.
    const act = head.cells.findIndex((c) => /^(?:action|event|movement)/i.test(shortText(c, 40) ?? ''));
    if (act < 0 && !rules.some((r) => r?.field === 'admitDate' || r?.field === 'dischargeDate')) continue;
    for (let row = shown(); row; row = shown()) {
      const pairs: StayCell[] = [];
      const moved = act < 0 ? null : matchLabel(shortText(row.cells[act] as Element, 40) ?? '');
      rules.forEach((given, i) => {
        const rule = given ?? (moved && /date/i.test(head.cells[i]?.textContent ?? '') ? moved : null);
        const cell = row.cells[i];
        // A row or cell a stylesheet hides is judged where it gives a value (rows are picked by markup, cheaply).
        const raw = cell && (rule?.field === 'admitDate' || rule?.field === 'dischargeDate') ? shortText(cell, 60, undefined, (e) => env.vis.isVisible(e)) : null;
        const date = raw ? parseDate(raw, { order: env.dateOrder, kind: 'event', today: env.today }) : null;
        if (!date || !rule || !cell) return;
        const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
        if (Math.abs(Date.UTC(y, m - 1, d) - now) < 366 * 86400000) pairs.push({ rule: rule.period ? { field: 'admitDate', re: rule.re } : rule, raw: raw as string, how: `column "${shortText(head.cells[i] as Element, 40)}"`, el: cell, iso: date.iso });
      });
      if (pairs.length === 0) continue;
      // Rows in two tables are two stays; rows of one table, which is current is asked of the rows (stay-rows.ts).
      if (foundIn && foundIn !== table) return [];
      foundIn = table;
      movements = act >= 0 && !rules.some((r) => r?.field === 'admitDate' || r?.field === 'dischargeDate');
      const place = stayPlace(head, row, rules, env);
      found.push(place ? [...pairs, place] : pairs);
      types.push(typeAt < 0 ? '' : shortText(row.cells[typeAt] as Element, 40) ?? '');
    }
  }
  const one = oneStay(stayRowsByType(found, types));
  return one.length > 0 || !movements ? one : movementStay(found);
}
