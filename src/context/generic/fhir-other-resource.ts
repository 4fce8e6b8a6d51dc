/**
 * A FHIR server, viewer or implementation guide page about someone other than a patient
 * (`…/Practitioner/77`, `Practitioner-77.html`, `?resource=RelatedPerson/3`), or about a group: its
 * generated narrative prints a name, identifiers, a phone and a birth date exactly as a Patient's does,
 * so nothing on it is the client. Resource type names are case-sensitive in FHIR addresses, and an
 * address that names a Patient too (a search by practitioner) is not one. Where the address says
 * nothing, the FHIR tooling's narrative headers do ("Generated Narrative: Practitioner pr-4", or the
 * profile in the box under an older header), unless one of them is a Patient's (a Bundle's entries).
 * Without either, the narrative's own labels do (null here: other-resource-labels.ts tells).
 */
const OTHER = /^(?!.*Patient\b).*[/=](?:Practitioner(?:Role)?|RelatedPerson|Organization|Group)(?:[/&-]|$)/;

/** Paragraphs looked at for the older header's box: it opens the narrative, near the page's top. */
const MAX_PARAGRAPHS = 200;

export function showsOtherResource(url: string, doc: Document): boolean | null {
  if (OTHER.test(url)) return true;
  // The header line, and the lines of the box under it ("Profile: CH Core Practitioner Profile"). Collections
  // by class and tag, not an attribute selector: that one walks every element of a big page on every read.
  const heads = Array.from(doc.getElementsByClassName('res-header-id'), (h) => h.textContent ?? '').slice(0, 40);
  const paragraphs = doc.getElementsByTagName('p');
  // A "name: value" paragraph marks a generated narrative: only then are the labels walked (a chart has none).
  let named = false;
  // Taken by index, never asked for its length: a live collection's length walks the whole page.
  for (let i = 0, p = paragraphs[0]; p && i < MAX_PARAGRAPHS && heads.length < 40; p = paragraphs[++i]) {
    // The header's class is a stylesheet's business: its own words ("Generated Narrative: Patient pt-1") say it too.
    if (p.getAttribute('style')?.startsWith('margin-bottom: 0px') || p.firstElementChild?.textContent?.startsWith('Generated Narrative:')) heads.push(p.textContent ?? '');
    named ||= p.firstElementChild?.textContent === 'name';
  }
  const text = heads.join('|');
  return heads.length ? /\b(?:Practitioner|RelatedPerson)/.test(text) && !/\bPatient\b/.test(text) : named ? null : false;
}
