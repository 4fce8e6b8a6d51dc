import { tagOf } from '../tag';

const BOLD = new Set(['B', 'STRONG']);

/**
 * "<tr><td><b>Claim</b></td><td><b>Patient</b></td><td><b>Paid</b></td></tr>" over rows of values: a table's head
 * row drawn with plain cells, each wholly one bold caption, as older screens and lists print it. Its captions label
 * their columns (a list), never the caption beside them ("Patient" → "Paid"). Asked of a caption or its cell.
 */
export function boldHeadRow(el: Element): boolean {
  const cell = tagOf(el) === 'TD' ? el : BOLD.has(tagOf(el)) && tagOf(el.parentElement as Element) === 'TD' ? el.parentElement : null;
  const row = cell?.parentElement;
  if (!row || tagOf(row) !== 'TR' || row.previousElementSibling || !row.nextElementSibling?.nextElementSibling) return false;
  // FHIR generated narratives (IG Publisher, server browsers) lead such a grid's head row with a bare "-" cell, its
  // value rows with "*": the marker column is no caption, the bold cells after it still are.
  const cells = Array.from(row.children).filter((c, i) => !(i === 0 && tagOf(c) === 'TD' && !c.childElementCount && c.textContent?.trim() === '-'));
  return cells.length > 1 && cells.every((c) => {
    const only = c.firstElementChild;
    return tagOf(c) === 'TD' && c.childElementCount === 1 && !!only && BOLD.has(tagOf(only)) && (c.textContent ?? '').trim() === (only.textContent ?? '').trim() && !!only.textContent?.trim();
  });
}
