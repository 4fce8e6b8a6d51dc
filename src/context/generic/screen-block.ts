import { tagOf } from '../tag';

/** Rule lines and frames around a screen's block title ("---- GUARANTOR ----", "== NEXT OF KIN =="). */
const FRAME = /^[\s\-=*_#|+]+|[\s\-=*_#|+]+$/g;

/**
 * A host screen (3270, 5250, VT) titles the blocks of its rows with an all-caps row of its own ("GUARANTOR",
 * "---- NEXT OF KIN ----", "PARENT/GUARDIAN"), then repeats the client's captions for that person (NAME, DOB, PHONE)
 * until a blank row ends the block. Whether the row at `i` of `rows` sits in a block `whose` titles; a block's title
 * that `whose` does not match ("PATIENT", "VISIT") ends the walk back, as does a blank row.
 */
export function inScreenBlock(rows: readonly string[], i: number, whose: RegExp): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    const row = rows[j] as string;
    if (!row.trim()) return false;
    const title = blockTitle(row);
    if (title !== null) return whose.test(title);
  }
  return false;
}

/** A row that is a block's title: no caption's colon, no lower case, a few words once its frame is gone. */
function blockTitle(row: string): string | null {
  if (row.includes(':') || /\p{Ll}/u.test(row)) return null;
  const title = row.replace(FRAME, '');
  return title && title.length <= 40 && /\p{Lu}{2}/u.test(title) ? title : null;
}

/**
 * The same for a screen drawn as one element per row (a web terminal's row divs, an emulator's <pre> per row): `el`'s
 * row (itself or an ancestor two levels up) among siblings of its own tag, read as the rows before it.
 */
export function inScreenRowBlock(el: Element, whose: RegExp): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 3; cur = cur.parentElement, k++) {
    const tag = tagOf(cur);
    const rows: string[] = [];
    for (let sib = cur.previousElementSibling; sib && rows.length < 10 && tagOf(sib) === tag; sib = sib.previousElementSibling) rows.unshift(sib.textContent ?? '');
    if (rows.length >= 2 && inScreenBlock(rows, rows.length, whose)) return true;
  }
  return false;
}
