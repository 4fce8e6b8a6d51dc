import type { LabelRule } from './labels';
import type { Reading } from '../reading';

/**
 * A FHIR Encounter's (or Observation's) narrative names its patient only as the subject's reference,
 * the display beside it: 'Patient/p-77 "Corentin Abiola"' or 'Corentin Abiola (Patient/p-77)'. A
 * subject that is no Patient (a Group, a Device) names no client.
 */
const QUOTED = /^Patient\/[\w.-]+\s*["“](.+?)["”]$/;
const BRACKETED = /^(.+?)\s*\(Patient\/[\w.-]+\)$/;

export const FHIR_SUBJECT: LabelRule = {
  field: 'name',
  re: /^subject$/,
  value: (raw) => {
    const text = raw.trim();
    return (QUOTED.exec(text) ?? BRACKETED.exec(text))?.[1]?.trim() ?? null;
  },
};

/** The display is how the reference abbreviates the patient: a name read anywhere else on the page is theirs in full. */
export const subjectDisplayRead = (how: string) => /^label "subject\s*:?"$/i.test(how);

/**
 * An Encounter's narrative whose subject is a Patient reference with its display, and whose period dates the stay,
 * is that patient's encounter: the reference names one resource, as a record number does. Weighed as one.
 */
export function subjectEncounterWeight(reading: Reading): number {
  return subjectDisplayRead(reading.provenance.name ?? '') && reading.fields.admitDate ? 0.1 : 0;
}
