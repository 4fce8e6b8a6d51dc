/**
 * A FHIR server, viewer or implementation guide page about someone other than a patient
 * (`…/Practitioner/77`, `Practitioner-77.html`, `?resource=RelatedPerson/3`), or about a group: its
 * generated narrative prints a name, identifiers, a phone and a birth date exactly as a Patient's does,
 * so nothing on it is the client. Resource type names are case-sensitive in FHIR addresses, and an
 * address that names a Patient too (a search by practitioner) is not one.
 */
export const showsOtherResource = (url: string): boolean => /^(?!.*Patient\b).*[/=](?:Practitioner(?:Role)?|RelatedPerson|Organization|Group)(?:[/&-]|$)/.test(url);
