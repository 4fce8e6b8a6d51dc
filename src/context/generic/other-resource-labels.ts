/**
 * A headerless FHIR narrative at an address naming no resource (fhir-other-resource.ts) prints the
 * resource's elements by name, and some exist only on a practitioner, a practitioner role or a
 * relative, others only on a patient: its labels tell whose page it is.
 */

/** Element names in the narrative's bold labels and its tables' headings (case-sensitive, as printed). */
const OTHER_LABEL = /^(?:qualification|Qualifications|practitioner|relationship)$/;
const PATIENT_LABEL = /^(?:generalPractitioner|managingOrganization|[cC]ontacts?$|maritalStatus|multipleBirth|deceased|careProvider)/;
const MAX_LABELS = 300;

/** Two `name` labels are two people's narratives (a Bundle's entries): one may be the patient's. */
export function labelsOtherResource(doc: Document): boolean {
  let other = false;
  let names = 0;
  for (const tag of ['b', 'h3']) {
    const labels = doc.getElementsByTagName(tag);
    // Taken by index, never asked for its length: a live collection's length walks the whole page.
    for (let i = 0, el = labels[0]; el && i < MAX_LABELS; el = labels[++i]) {
      const label = el.textContent?.trim().replace(/:$/, '') ?? '';
      if (PATIENT_LABEL.test(label) || (label === 'name' && ++names > 1)) return false;
      other ||= OTHER_LABEL.test(label);
    }
  }
  return other;
}
