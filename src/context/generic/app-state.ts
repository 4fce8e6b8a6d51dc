import type { Candidate, Encounter, Obj } from './structured';

/**
 * The camelCase records GraphQL, Apollo and Redux stores keep beside FHIR's shapes: a patient with
 * `firstName`/`middleName`/`lastName`, `dateOfBirth`, `mrn`, `phoneNumber`, and stays with `admitDate`/`dischargeDate` and a status. Only an
 * object typed a Patient or kept under a `patient` key is one (the walk decides): a store also holds
 * the signed-in user, providers and authors in the same shape. Always app state: counted only for a
 * person the page visibly shows.
 */

/** The first of these keys holding a short string or a number (record numbers are often numbers). */
function pick(o: Obj, keys: string): string | undefined {
  for (const k of keys.split(' ')) {
    const v = o[k];
    if (typeof v === 'number' || (typeof v === 'string' && v && v.length <= 200)) return `${v}`;
  }
  return undefined;
}

export function fromAppPatient(p: Obj, how: string): Candidate | undefined {
  const given = pick(p, 'firstName givenName');
  const family = pick(p, 'lastName familyName');
  if (!given || !family) return undefined;
  return { how, state: true, id: pick(p, 'id'), fields: { name: [given, pick(p, 'middleName'), family].filter(Boolean).join(' '), mrn: pick(p, 'mrn medicalRecordNumber'), dob: pick(p, 'dateOfBirth birthDate dob'), sex: pick(p, 'gender'), phone: pick(p, 'phone phoneNumber mobilePhone homePhone') } };
}

/** A stay in a store's shape (an admission, an encounter, or the patient's own admit date). */
export function appStay(o: Obj): Encounter | undefined {
  const start = pick(o, 'admitDate admissionDate');
  return start ? { start, end: pick(o, 'dischargeDate expectedDischargeDate'), status: pick(o, 'status stayStatus encounterStatus'), subject: pick(o, 'patientId') } : undefined;
}
