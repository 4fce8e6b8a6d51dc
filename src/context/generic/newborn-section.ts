import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/** A section's heading for a baby: "Infant", "Newborn", "Baby A", "Neonate Information". */
const NEWBORN = /^(?:infant|newborn|neonate|baby)s?(?:\s+(?:[a-d]|#?\d|boy|girl|information|info|details|data|record))?$/i;

/** The heading over `el`: its block's first child, or the block's previous sibling (a printed document's sections). */
function headingOver(el: Element): Element | null {
  for (let cur: Element | null = el, k = 0; cur && k < 5; cur = cur.parentElement, k++) {
    const head: Element | null | undefined = cur.parentElement?.firstElementChild;
    if (head && head !== cur && /^(?:H\d|LEGEND|CAPTION)$/.test(tagOf(head))) return head;
    const prev: Element | null = cur.previousElementSibling;
    if (prev && /^H\d$/.test(tagOf(prev))) return prev;
  }
  return null;
}

/**
 * A delivery summary or a labour record is the mother's: her name, record number and birth date head it, and its
 * "Infant" section gives the baby's own name, record number, birth date and sex in the same label shape. A section a
 * heading calls a baby's is the baby's when the record's identity was given before it, outside it; when it comes
 * first (a newborn screening card before the mother's) the baby is the record's client, and nothing changes.
 */
export function newbornAfterRecord(el: Element, earlier: () => readonly Element[]): boolean {
  const head = headingOver(el);
  if (!head || !NEWBORN.test(shortText(head, 40) ?? '')) return false;
  // What precedes the section's heading is outside the section.
  return earlier().some((e) => !!(head.compareDocumentPosition(e) & 2));
}
