import type { LabelRule } from './labels';

/**
 * How imaging systems label a study's patient, ahead of the general rules in labels.ts. Tag browsers, DICOM servers'
 * explorers and worklists print the standard's attribute keywords as labels ("PatientName", "PatientBirthDate",
 * "OtherPatientIDs"): `keywordWords` sets their words apart, so the general spellings read them ("patient birth
 * date"), and the rules below add what only imaging and HL7 interfaces print:
 * - the admission's date and the patient's current or assigned place (DICOM's AdmittingDate and
 *   CurrentPatientLocation, HL7's Assigned Patient Location);
 * - the study's other people, never the patient: the referring, performing, reading or requesting physician, the
 *   operator, physicians of record, in the keyword's words or an overlay's "Ref:" / "Ref. Phys.";
 * - another id of the patient (OtherPatientIDs) or its issuer, kept apart from the record number;
 * - the mother's birth name;
 * - a viewer overlay's "PID" (the patient id, as HL7's PID segment names it): the record number, so that the
 *   study's accession number beside it ("Acc#", read as an account number where nothing better is) yields to it.
 */
export const DICOM_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: /^admitting (?:date|time|date ?time)$/ },
  { field: 'location', re: /^(?:current|assigned) (?:patient )?location$/ },
  { field: null, re: /^(?:(?:referring|performing|reading|requesting|ordering|consulting) (?:physician|physicians|provider|doctor|radiologist)(?:'?s)?(?: names?)?|(?:physicians? of record|name of physicians? reading study|operators?'? ?names?)|ref(?:\.|erring)?(?: ?(?:phys(?:ician)?|dr|md)\.?)?)$/ },
  { field: null, re: /^(?:other patient ids?|other patient ids sequence|issuer of patient id|patient'?s? mother'?s? birth name)$/ },
  { field: 'sex', re: /^patient'?s sex$/ },
  { field: 'mrn', re: /^pid$/ },
];

/** "PatientBirthDate", "OtherPatientIDs", "birthDate": a keyword of two words or more in camel case, its words set apart. */
const KEYWORD = /^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)*(?:[A-Z]{2,3}s?)?(?=\s*[:=]?$)/;

export function keywordWords(s: string): string {
  const m = KEYWORD.exec(s);
  return m && /[a-z][A-Z]/.test(m[0]) ? s.replace(/(?<=[a-z])(?=[A-Z])/g, ' ') : capitalKeywordWords(s);
}

/**
 * The words of the standard's patient keywords. A stylesheet's text-transform (or a product printing labels in
 * capitals) shows "PatientBirthDate" as "PATIENTBIRTHDATE": the camel case that parted its words is gone, yet a person
 * still reads "patient birth date" in it, as they know the words.
 */
const KEYWORD_WORD = ['patient', 'patients', 'other', 'issuer', 'of', 'birth', 'date', 'time', 'name', 'id', 'ids', 'sex', 'age', 'mothers', 'admitting', 'current', 'assigned', 'location', 'referring', 'performing', 'physician', 'physicians', 'operators', 'study', 'accession', 'number', 'telephone', 'numbers', 'address', 'sequence'];
/** A keyword in capitals: one run of letters, maybe with its colon. */
const CAPITAL_KEYWORD = /^([A-Z]{5,40})(\s*[:=]?)$/;

/** "PATIENTBIRTHDATE:" → "patient birth date:" when the run parts wholly into two or more such words; else as it was. */
function capitalKeywordWords(s: string): string {
  const m = CAPITAL_KEYWORD.exec(s);
  if (!m || !m[1]) return s;
  const run = m[1].toLowerCase();
  // parts[i]: the words of run's first i letters (the fewest), or undefined when they part into none.
  const parts: (string[] | undefined)[] = [[]];
  for (let i = 1; i <= run.length; i++) {
    for (const w of KEYWORD_WORD) {
      const before = i >= w.length && run.endsWith(w, i) ? parts[i - w.length] : undefined;
      if (before && (!parts[i] || before.length + 1 < (parts[i] as string[]).length)) parts[i] = [...before, w];
    }
  }
  const words = parts[run.length];
  return words && words.length >= 2 ? `${words.join(' ')}${m[2] ?? ''}` : s;
}
