import type { Reading } from '../reading';

/**
 * A colleague's profile (an agency's employee record, a clinician's own settings) labels a name, a
 * birth date and a phone as a client's record does, and fields no client has: an employee number, a
 * hire date, a licence, credentials, an NPI (hc-labels.ts marks them `staff`). Two of them, with no
 * record number read, make the page a staff member's: it shows no client. One alone is not enough: a
 * client's chart names its attending's NPI.
 */
export function staffRecord(staffLabels: ReadonlySet<string>, reading: Reading): boolean {
  return staffLabels.size > 1 && !reading.fields.mrn;
}
