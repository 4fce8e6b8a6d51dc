import type { Candidate } from './structured';

/**
 * A C-CDA file opened without a stylesheet: its header read as the XML it is. The patient is the
 * recordTarget's patientRole, never a guardian, author, authenticator, participant or custodian,
 * whose names sit elsewhere in the header; the stay is the encompassingEncounter's period.
 */

/** The SSN's OID: a social security number is never the record number. */
const SSN = '2.16.840.1.113883.4.1';

const kids = (el: Element | undefined, name: string) => (el ? Array.from(el.children).filter((c) => c.localName === name) : []);
const path = (el: Element | undefined, ...names: string[]) => names.reduce<Element | undefined>((at, name) => kids(at, name)[0], el);
const attr = (el: Element | undefined, name: string) => el?.getAttribute(name) ?? undefined;
const text = (el: Element | undefined) => el?.textContent?.trim().slice(0, 200) || undefined;
/** An HL7 timestamp (YYYYMMDDhhmmss±zzzz, any precision down to the day) as its calendar day. */
const day = (ts: string | undefined) => /^(\d{4})(\d\d)(\d\d)/.exec(ts ?? '')?.slice(1).join('-');

/**
 * A C-CDA file opened without a stylesheet: the XML document itself (Firefox), or the copy of it
 * Chromium's XML viewer keeps, hidden, for extensions beside its tree view. Never in an HTML page,
 * which cannot hold an element of the HL7 namespace a script did not put there.
 */
function rawCda(doc: Document): Element | undefined {
  const el = (doc.getElementById('webkit-xml-viewer-source-xml') ?? doc).firstElementChild;
  return el?.localName === 'ClinicalDocument' && el.namespaceURI === 'urn:hl7-org:v3' && !/html/.test(doc.contentType) ? el : undefined;
}

export function fromRawCda(doc: Document): Candidate | undefined {
  const root = rawCda(doc);
  const role = path(root, 'recordTarget', 'patientRole');
  const patient = path(role, 'patient');
  if (!patient) return undefined;
  const names = kids(patient, 'name');
  // The legal name first; a pseudonym or an alias otherwise only when it is the only one.
  const name = names.find((n) => /(?:^|\s)L(?:\s|$)/.test(attr(n, 'use') ?? '')) ?? names[0];
  const parts = [...kids(name, 'given'), ...kids(name, 'family')].map(text).filter(Boolean).join(' ');
  // A bare OID names an assigning authority, not the patient's number within it.
  const ids = kids(role, 'id').filter((id) => attr(id, 'extension') && attr(id, 'root') !== SSN);
  const id = ids.find((i) => i.hasAttribute('assigningAuthorityName')) ?? ids[0];
  const stay = path(root, 'componentOf', 'encompassingEncounter');
  const time = path(stay, 'effectiveTime');
  return {
    how: 'C-CDA document',
    state: false,
    fields: {
      name: parts || text(name),
      mrn: attr(id, 'extension'),
      dob: day(attr(path(patient, 'birthTime'), 'value')),
      sex: attr(path(patient, 'administrativeGenderCode'), 'code'),
      phone: kids(role, 'telecom').map((t) => attr(t, 'value') ?? '').find((v) => v.startsWith('tel:'))?.slice(4),
      // An encounter dated by one value (a visit) began then; one dated by its end alone has no known start.
      admitDate: day(attr(path(time, 'low'), 'value') ?? attr(time, 'value')),
      dischargeDate: day(attr(path(time, 'high'), 'value')),
      location: text(path(stay, 'location', 'healthCareFacility', 'location', 'name')),
    },
  };
}
