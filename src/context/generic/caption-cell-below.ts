import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { looksLikeShownName } from './name-shape';

type Found = ReturnType<typeof nameFrom>;

/**
 * Printed lab reports (Quest's, LabCorp's, a hospital LIS's) lay their header out as a grid: a section caption cell
 * "PATIENT INFORMATION" over a column of cells, the first the patient's bare name ("WHITFIELD, MARGARET A"), then
 * "DOB: …", "GENDER: …", "ID: …"; beside it "ORDERING PHYSICIAN" over the doctor's. The caption names whose column it
 * is, so the name is the cell right under it, at the same column. Asked only when nothing near the labelled identity
 * names the client.
 */
// A bare "Patient" heads a list's column as often; a section's caption says what the column tells of them.
const CAPTION = /^(?:patient|client|member)\s+(?:information|info|demographics|details|data):?$/i;
const MAX_ROWS = 60;

/** The column a cell starts at, its row's earlier cells' spans summed. */
function columnOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) col += Number(c.getAttribute('colspan') ?? 1) || 1;
  return col;
}

function cellAt(row: Element, col: number): Element | undefined {
  let at = 0;
  for (const c of Array.from(row.children)) {
    if (at === col) return c;
    at += Number(c.getAttribute('colspan') ?? 1) || 1;
    if (at > col) return undefined;
  }
  return undefined;
}

export function captionCellName(region: Element, env: ReadEnv): Found {
  // Only the grid that holds the labelled identity: a table elsewhere on the page is someone else's business.
  const table = region.closest('table');
  if (!table) return null;
  const rows = table.getElementsByTagName('tr');
  for (let i = 0, row = rows[0]; row && i < MAX_ROWS; row = rows[++i]) {
    for (const cell of Array.from(row.children)) {
      if (!CAPTION.test(shortText(cell, 40) ?? '') || !env.vis.isVisible(cell)) continue;
      const below = row.nextElementSibling && cellAt(row.nextElementSibling, columnOf(cell));
      const text = below ? shortText(below, 80) : null;
      if (!below || !text || text.split(/\s+/).length > 5 || !looksLikeShownName(text)) return null;
      return nameFrom(below, env, false);
    }
  }
  return null;
}
