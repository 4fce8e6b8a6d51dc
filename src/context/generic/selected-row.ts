/** The rows of a list a user picks from, and the mark a picked one carries. */
const ROW = 'tr, [role=row], [role=option], li';
const LIST = 'table, [role=grid], [role=treegrid], [role=listbox], ul, ol';
const PICKED = '[aria-selected=true], [aria-current]:not([aria-current=false])';

const squeeze = (s: string) => s.replace(/[\s.:#-]+/g, '').toLowerCase();

/**
 * A worklist or a chooser whose rows are people, one of them marked picked (aria-selected or aria-current), with
 * the picked person's record shown beside it (a preview strip, a detail pane): the list is what the user picks
 * from, not a page of several clients, when the record number read outside the list is the picked row's. Each list
 * line must sit in such a list with exactly one picked row; with none, or with a record number read that the
 * picked row does not print, the page is still a list.
 */
export function pickedFromList(listEls: readonly Element[], readIds: readonly string[]): boolean {
  if (listEls.length === 0 || readIds.length === 0) return false;
  return listEls.every((el) => {
    const list = el.closest(ROW)?.parentElement?.closest(LIST);
    const picked = list ? Array.from(list.querySelectorAll(ROW)).filter((r) => r.matches(PICKED)) : [];
    const [row] = picked;
    if (picked.length !== 1 || !row) return false;
    const text = squeeze(row.textContent ?? '');
    return readIds.every((id) => text.includes(squeeze(id)));
  });
}
