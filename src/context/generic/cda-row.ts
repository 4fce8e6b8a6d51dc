import type { LabelRule } from './labels';

/**
 * "ID" alone numbers whatever its block is about. Document renderings (the HL7 CDA stylesheet's
 * footer) nest a small table of "ID", "Version", "Set-ID" under a row headed "Document", "Encounter"
 * or "Provider Organization": such an identifier is the document's or the organisation's, never the
 * client's record number. Asked once the row's own heading matched no label of ours.
 */
export function idOfAnotherRow(labelText: string, el: Element): boolean {
  const heading = el.closest('tr')?.parentElement?.closest('tr')?.firstElementChild;
  return /^id:?$/i.test(labelText.trim()) && !!heading?.textContent?.trim() && !heading.contains(el);
}

/** Participants' headings in document headers: "Indirect target - emergency contact Husband", "Next of kin". */
const PARTICIPANT = /emergency contact|next[- ]of[- ]kin|indirect target/i;

/**
 * A line of identity-looking values in a document header's row is the client's only in the patient's
 * row: a row headed by someone else's label (`row.field` null: "Author"), by a participant's relationship,
 * or by the stay ("Encounter": "ID: 2096, Date/Time: March 12, 2011 10:32AM - 1:32PM") holds that person's
 * or that visit's dates and numbers, never the client's birth date.
 */
export function notClientRow(row: LabelRule | null, el: Element): boolean {
  return row?.field === null || !!row?.period || PARTICIPANT.test(el.closest('tr')?.firstElementChild?.textContent?.slice(0, 80) ?? '');
}

/**
 * The HL7 CDA stylesheet (its header's label cells are "td_label") prints an encounter as "from … to …",
 * "from …" when it has no end, "at …" for a point, and the date alone when start and end share a day:
 * such a date is a stay of one day, its discharge that day.
 */
export function oneDayStay(el: Element, raw: string): boolean {
  return !!el.closest('tr')?.firstElementChild?.classList.contains('td_label') && !/^\s*(?:\S+:\s*)?(?:from|at|to)\b/i.test(raw);
}
