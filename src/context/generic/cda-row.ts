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
