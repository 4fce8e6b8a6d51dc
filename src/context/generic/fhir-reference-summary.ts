/**
 * The FHIR tooling prints a resource a narrative refers to as its type and its elements
 * ("encounter: Encounter: identifier = 126402-0025; status = in-progress; period = 2024-10-25 --> (ongoing)"):
 * an identifier there is that encounter's, order's or claim's, never the patient's record number.
 */
const SUMMARY_HEAD = /\b[A-Z][A-Za-z]+: [a-z][A-Za-z]*(?:\[x\])? = /;

/** Whether the text before `at` opens such a summary (`at`: where a label of the text starts). */
export function inReferenceSummary(text: string, at: number): boolean {
  return SUMMARY_HEAD.test(text.slice(Math.max(0, at - 300), at));
}
