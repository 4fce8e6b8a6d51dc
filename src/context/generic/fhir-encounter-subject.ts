import type { Candidate, Obj } from './structured';
import { isObj, str, list } from './json-values';

/**
 * An Encounter read on its own (a server's `Encounter/…` read, a file of one stay) names its patient only
 * in its `subject`: the reference's display ("Nakagawa, Hiroshi") and, often, the identifier it carries
 * (typed MR). With no Patient resource on the page, that subject is the client and the Encounter their
 * stay, with the active (else only) location it lists as the place. Every shown Encounter must be about
 * the same Patient; an Encounter whose subject is a Group, or that carries no name, names no one.
 */

export interface EncounterSubject {
  reference: string;
  name: string;
  mrn?: string;
  place?: string;
}

export function encounterSubject(encounter: Obj, isRecordId: (id: Obj) => boolean): EncounterSubject | undefined {
  const subject = isObj(encounter.subject) ? encounter.subject : undefined;
  const reference = str(subject?.reference);
  const name = str(subject?.display);
  if (!subject || !reference || !name || !/(?:^|\/)Patient\/[^/]+$/.test(reference)) return undefined;
  const id = isObj(subject.identifier) && isRecordId(subject.identifier) ? str(subject.identifier.value) : undefined;
  const places = list(encounter.location).filter(isObj);
  const at = places.length === 1 ? places[0] : places.find((p) => p.status === 'active');
  const place = at && isObj(at.location) ? str(at.location.display) : undefined;
  return { reference, name, ...(id ? { mrn: id } : {}), ...(place ? { place } : {}) };
}

/** The one patient all shown Encounters are about, as a candidate; none when they name different patients. */
export function subjectCandidate(subjects: EncounterSubject[], how: string): Candidate | undefined {
  const first = subjects[0];
  if (!first || subjects.some((s) => s.reference !== first.reference)) return undefined;
  const mrn = subjects.find((s) => s.mrn)?.mrn;
  const place = subjects.length === 1 ? first.place : undefined;
  return { how, state: false, id: first.reference.replace(/^.*Patient\//, ''), fields: { name: first.name, ...(mrn ? { mrn } : {}), ...(place ? { location: place } : {}) } };
}
