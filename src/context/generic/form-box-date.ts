/**
 * Claim forms print a date in boxes: the CMS-1500's "MM DD YY" cells come out as "03 | 14 | 2019" or "12 01 26" in
 * a print view, and the UB-04 writes its form locators' dates without separators ("05161963" for FL 10's MMDDCCYY,
 * "110926" for FL 12's MMDDYY). Only a whole value under a date's caption is read so: month first, as both forms
 * print it. An eight-digit value that reads as CCYYMMDD is left to the HL7 reading (tr-hl7-date.ts).
 */
const BOXED = /^\s*(\d{2})\s*[ |]\s*(\d{2})\s*[ |]\s*(\d{2}|\d{4})\s*$/;
const RUN = /^\s*(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{2}|(?:19|20)\d{2})\s*$/;

export function formBoxDate(raw: string): string {
  if (/^\s*(?:19|20)\d{6}\s*$/.test(raw) && /^\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])/.test(raw)) return raw;
  const m = BOXED.exec(raw) ?? RUN.exec(raw);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : raw;
}
