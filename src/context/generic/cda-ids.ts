import { markedRecordId } from './cda-mrn-entry';
/**
 * A document lists every identifier of its patient in one cell, each with its assigning authority:
 * "222-11-4455 (SSN), 7741023 (1.3.6.1.4.1.22812…)" (HL7 CDA stylesheet) or "222-11-4455
 * 2.16.840.1.113883.4.1 7741023 1.3.6…" (older viewers). A social security number is never the record
 * number, nor is an OID printed alone (an identifier with a root and no extension, "2.100"): entries of
 * either kind (an SSN known by shape, by the authority's name or by the US SSN OID) are passed over, so
 * the record number is the first other identifier, and a list of nothing else gives none. An SSN known
 * only by its authority ("444222222 (SSN)") has no shape left to be known by once it stands alone.
 * A root is an OID most of the time, but some senders put a UUID or a coded name there ("50917733
 * ClinicMRN", "… clinicPatientId": a word with a capital inside, as machines name things): it names the
 * authority and is no part of the number, so the record number is the extension alone.
 */
const ENTRY = /^\s*([^\s,;]+)(?:\s*\(([^)]*)\)|\s+([\d.]{9,}))?\s*[,;]?\s*/;

export function pastNonRecordIds(raw: string): string {
  // Unless one entry's authority calls it the medical record number (cda-mrn-entry.ts).
  const marked = markedRecordId(raw);
  if (marked) return marked;
  let rest = raw;
  for (let m; (m = ENTRY.exec(rest)) && (/^(?:\d{3}-\d{2}-\d{4}|[0-2](?:\.\d+)+)$/.test(m[1] ?? '') || /^(?:ssn|social security.*|2\.16\.840\.1\.113883\.4\.1)$/i.test(m[2] ?? m[3] ?? '')); ) rest = rest.slice(m[0].length);
  const coded = /^\s*(\S*\d\S*)\s+(?:[\da-fA-F-]{36}|\p{L}*\p{Ll}\p{Lu}\p{L}*)(?:\s|$)/u.exec(rest);
  return coded ? (coded[1] as string) : rest;
}
