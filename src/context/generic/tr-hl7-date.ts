/**
 * "19450303", "202612031422", "202611211432-1000": an HL7 timestamp, maybe with seconds and its zone (ADT notifications,
 * interface viewers, Direct messages carrying an A01/A03, C-CDA viewers printing an effective time raw) as a date the
 * parser reads. Only a whole value under a date's label is read so: an eight-digit number alone in a line is as often a
 * record number.
 */
export const hl7Date = (raw: string) => raw.replace(/^\s*((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[0-2]\d[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?(?:[+-][01]\d[0-5]\d)?\s*$/, '$1-$2-$3');
