/**
 * A form's part or section number before a heading's words ("Part B — Prescriber", "Section 2: Parent /
 * Guardian", "C. Physician"): printed medication, consent and authorization forms number their parts, and
 * the words after the number, not the number, say whose the part is.
 */
const PART_NUMBER = /^(?:(?:part|section|step)\s+)?(?:[a-z]|\d{1,2}|[ivx]{1,4})\s*[.:)\u2013\u2014-]\s*/i;

export const withoutPartNumber = (heading: string): string => heading.replace(PART_NUMBER, '');
