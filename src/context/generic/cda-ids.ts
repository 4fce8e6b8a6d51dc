/**
 * A document lists every identifier of its patient in one cell, each with its assigning authority:
 * "222-11-4455 (SSN), 7741023 (1.3.6.1.4.1.22812…)" (HL7 CDA stylesheet) or "222-11-4455
 * 2.16.840.1.113883.4.1 7741023 1.3.6…" (older viewers). A social security number is never the record
 * number, nor is an OID printed alone (an identifier with a root and no extension, "2.100"): entries of
 * either kind (an SSN known by shape, by the authority's name or by the US SSN OID) are passed over, so
 * the record number is the first other identifier, and a list of nothing else gives none. An SSN known
 * only by its authority ("444222222 (SSN)") has no shape left to be known by once it stands alone.
 */
const ENTRY = /^\s*([^\s,;]+)(?:\s*\(([^)]*)\)|\s+([\d.]{9,}))?\s*[,;]?\s*/;

export function pastNonRecordIds(raw: string): string {
  let rest = raw;
  for (let m; (m = ENTRY.exec(rest)) && (/^(?:\d{3}-\d{2}-\d{4}|\d+(?:\.\d+){3,}|[0-2](?:\.\d+)+)$/.test(m[1] ?? '') || /^(?:ssn|social security.*|2\.16\.840\.1\.113883\.4\.1)$/i.test(m[2] ?? m[3] ?? '')); ) rest = rest.slice(m[0].length);
  return rest;
}
