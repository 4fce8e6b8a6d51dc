/**
 * A FHIR server, viewer or implementation guide page about someone other than a patient
 * (`…/Practitioner/77`, `Practitioner-77.html`, `?resource=RelatedPerson/3`), or about a group: its
 * generated narrative prints a name, identifiers, a phone and a birth date exactly as a Patient's does,
 * so nothing on it is the client. Resource type names are case-sensitive in FHIR addresses, and an
 * address that names a Patient too (a search by practitioner) is not one. Where the address says
 * nothing, the FHIR tooling's narrative headers do ("Generated Narrative: Practitioner pr-4", or the
 * profile in the box under an older header), unless one of them is a Patient's (a Bundle's entries).
 */
const OTHER = /^(?!.*Patient\b).*[/=](?:Practitioner(?:Role)?|RelatedPerson|Organization|Group)(?:[/&-]|$)/;

export function showsOtherResource(url: string, doc: Document): boolean {
  // The header line, and the lines of the box under it ("Profile: CH Core Practitioner Profile").
  const heads = Array.from(doc.querySelectorAll('.res-header-id, [style^="margin-bottom: 0px"]'), (h) => h.textContent ?? '').slice(0, 40).join('|');
  return OTHER.test(url) || (/\b(?:Practitioner|RelatedPerson)/.test(heads) && !/\bPatient\b/.test(heads));
}
