import { cleanText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A ledger, a claim history or a visit list opened for one patient keeps a "Patient" column (a practice system's
 * account prints who each charge was for, as family members share it), and that column then names one person on
 * every row. Rows of one person are that person's entries, not a list of clients (people-table.ts): the table stops
 * being a people list only when every row's cell in that column reads the same. `header` is the column's <th>.
 */
export function oneNameColumn(table: Element, header: Element): boolean {
  const headRow = header.parentElement;
  if (!headRow || tagOf(headRow) !== 'TR') return false;
  const index = Array.from(headRow.children).indexOf(header);
  const values = new Set<string>();
  let rows = 0;
  for (const tr of Array.from(table.querySelectorAll('tr')).slice(0, 50)) {
    if (tr === headRow || !tr.querySelector('td')) continue;
    const cell = tr.children[index];
    const text = cell ? cleanText(cell.textContent ?? '').toLowerCase() : '';
    if (!text) return false;
    values.add(text);
    rows++;
  }
  return rows >= 2 && values.size === 1;
}
