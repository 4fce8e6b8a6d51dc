/**
 * "Resident: Dr. Kenji Hartwell" on a teaching hospital's face sheet: a bare word that labels the client on a care
 * home's record ("Resident", "Patient") captions a doctor when its value opens with the doctor's title. A client may be
 * a doctor too, so only such bare one-word captions lose the value; a "Patient Name" label keeps it.
 */
const DOCTOR_TITLE = /^\s*(?:dr\.?|doctor)\s+\p{L}/iu;

export function doctorTitled(raw: string): boolean {
  return DOCTOR_TITLE.test(raw);
}
