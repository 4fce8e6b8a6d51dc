/** A row the user picked: the list's current or selected one. */
const PICKED = '[aria-selected=true], [aria-current]:not([aria-current=false])';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w.length > 1);

/**
 * A table of people with exactly one row marked picked (a document-filing list's current document, a worklist's
 * selected row) whose cells name the person read beside it ("ASHWORTH, Gwendolyn" for "Mrs Gwendolyn ASHWORTH" in
 * the opened letter): the table is what the user picks from, not a page of several clients. Each word of the name
 * read must be in that row; a row that names someone else, or two rows picked, keep the page a list.
 */
export function pickedNamedTable(table: Element, name: string): boolean {
  const picked = Array.from(table.querySelectorAll('tr')).filter((r) => r.matches(PICKED));
  const [row] = picked;
  if (picked.length !== 1 || !row) return false;
  // Cell by cell: a row's text runs its cells together ("…2026ASHWORTH, GwendolynDischarge summary").
  const own = new Set(Array.from(row.children).flatMap((cell) => words(cell.textContent ?? '')));
  const named = words(name);
  return named.length >= 2 && named.every((w) => own.has(w));
}
