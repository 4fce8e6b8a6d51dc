import { matchLabel } from './labels';

/**
 * The FHIR tooling's patient summary after a name's label ("patient: Jane Doe (official) Female,
 * DoB: 1950-01-05 ( … )", an AllergyIntolerance's patient) ends the name with the sex, then the
 * birth date's label: the label's value is the name and that sex, never a name alone.
 */
const SEX_BEFORE_DOB = /\s(male|female),?\s*$/i;

/** The sex ending a name label's value, when the label after it is a birth date's ("DoB:", "DOB:"). */
export function summarySex(value: string, nextLabel: string | undefined): string | null {
  return nextLabel !== undefined && matchLabel(nextLabel)?.field === 'dob' ? SEX_BEFORE_DOB.exec(value)?.[1] ?? null : null;
}
