import type { LabelRule } from './labels';

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
