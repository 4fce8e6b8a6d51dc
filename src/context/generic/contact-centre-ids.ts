import type { LabelRule } from './labels';

/**
 * Contact-centre agent desktops number the call, not the caller: NICE CXone's "Contact ID" (a 12-digit number),
 * Amazon Connect's ContactId (a UUID), Genesys Cloud's interaction and conversation ids, Five9's call and session
 * ids. Beside a member's screen pop, "Contact ID" read as the person's id (a CRM's contact is a person) and gave the
 * call's number as the record number: a wrong client. A CRM's own contact id stays the person's; only a value shaped
 * like a call's (a UUID, a number of 12 digits or more) is the call's, and the call's own labels never name a record.
 */
const CALL_SHAPED = /^(?:\d{12,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i;

export const CONTACT_CENTRE_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: /^(?:interaction|conversation|call|session|initial ?contact) ?(?:id|sid|#)$/ },
  { field: 'mrn', re: /^contact ?(?:id|#)$/, value: (raw) => (CALL_SHAPED.test(raw.trim()) ? null : raw) },
];
