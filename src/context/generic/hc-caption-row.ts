import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { matchLabel } from './labels';
import { RELATION_COLUMN } from './hc-household';

/**
 * A client banner printed as a two-row table, captions in plain cells above the values ("<tr><td>Client
 * Name</td><td>Client ID</td>…</tr><tr><td>Quintero, Lisandro</td><td>0000061203</td>…</tr>", as
 * behavioural-health headers lay it out): a caption's value is the cell below it, never the next
 * caption beside it. Known by a first row of captions only (no digit), one of them a record number's or
 * a birth date's and none a relationship (a contact's row: hc-household.ts), over one row of as many
 * cells, none a caption. Returns that cell, else null. Asked of a label cell in a banner's (a landmark's or one
 * its markup names) table, in its first row over its last.
 */
export function captionRowBelow(cell: Element): Element | null {
  const row = cell.parentElement;
  const next = row && tagOf(cell) === 'TD' && tagOf(row) === 'TR' && !row.previousElementSibling ? row.nextElementSibling : null;
  if (!next || next.nextElementSibling || next.childElementCount !== row?.childElementCount) return null;
  let identity = false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const text = shortText(c, 40) ?? '';
    if (/\d/.test(text) || RELATION_COLUMN.test(text)) return null;
    const field = matchLabel(text)?.field;
    identity ||= field === 'mrn' || field === 'dob';
  }
  for (let c = next.firstElementChild; c; c = c.nextElementSibling) if (matchLabel(shortText(c, 40) ?? '')) return null;
  return identity ? next.children[Array.prototype.indexOf.call(row.children, cell)] ?? null : null;
}
