import type { LabelRule } from './labels';

/**
 * How homeless management information systems (Clarity, ServicePoint, HMIS apps on Salesforce) and Ryan White / ADAP
 * case management systems (CAREWare-like) label the client's record and stay, ahead of the general rules in labels.ts:
 * - the client's number under the system's or program's name ("HMIS ID", "HMIS Client ID", "ADAP Client ID", "Agency
 *   Client No.", "Provider Client ID") is the record number these systems have instead of an MRN; a bare "Provider ID"
 *   or "Agency ID" stays unread, a clinician's or an organisation's;
 * - a household's or an enrolment's number is not the client's: the household id is shared by every member listed
 *   beside the client, and either would otherwise end up read by shape;
 * - HUD's enrolment dates are the stay: "Project Start Date" (ServicePoint's "Entry Date") starts it, "Project Exit
 *   Date" ("Exit Date") ends it, a shelter's "Expected Exit" is its planned end. A housing move-in date is a later
 *   date within the same enrolment, not its start, and stays unread; so does a treatment programme's "Program entry"
 *   (an opioid treatment programme's is no stay).
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?|nbr)(?: ?#)?';
const WHEN = '(?: ?(?:date|dt))?';

export const HMIS_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:hmis|adap|ryan white|rw)(?: client)? ?${NO}$|^(?:agency|provider|program) client ?${NO}$`) },
  { field: null, re: new RegExp(`^(?:household|hh|enrollment|enrolment) ?${NO}$`) },
  { field: 'admitDate', re: new RegExp(`^project (?:start|entry)${WHEN}$|^entry (?:date|dt)$`) },
  { field: 'dischargeDate', re: new RegExp(`^(?:expected|anticipated|planned|projected) (?:project )?exit${WHEN}$`), dischargeActual: false },
  { field: 'dischargeDate', re: new RegExp(`^project exit${WHEN}$|^exit (?:date|dt)$`), dischargeActual: true },
];
