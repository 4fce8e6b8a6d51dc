import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { matchLabel } from './labels';

/**
 * A side panel of rows, each a caption element then its value element and nothing else, no colons
 * ("<div><span>Patient</span><span>Tran, Minh</span></div><div><span>MRN</span><span>…</span></div>"): a bare
 * caption such as "Patient" leads its row the way the record number's and birth date's captions lead theirs, so it
 * labels its row's value. Needs two sibling rows of the same shape whose captions are labels that stand alone, one of
 * them the record number's: a chart's identity panel (an alert card's rows without it keep a bare word a word, as
 * tr-classed-label.ts wants); a bare word leading a row of other shape (a heading over a list, a status chip) stays a word.
 */
export function captionColumn(el: Element): boolean {
  const row = el.parentElement;
  const rows = row?.parentElement;
  if (!row || !rows || row.firstElementChild !== el || row.childElementCount !== 2) return false;
  let labels = 0;
  let id = false;
  for (const other of Array.from(rows.children).slice(0, 40)) {
    const caption = other.firstElementChild;
    if (other === row || tagOf(other) !== tagOf(row) || other.childElementCount !== 2 || !caption || tagOf(caption) !== tagOf(el)) continue;
    const rule = matchLabel(cleanText(caption.textContent ?? ''));
    if (!rule || rule.bare) continue;
    labels++;
    id ||= rule.field === 'mrn';
  }
  return labels >= 2 && id;
}
