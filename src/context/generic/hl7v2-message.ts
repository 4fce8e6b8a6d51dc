import type { Candidate } from './structured';

/**
 * An HL7 v2 message as interface engines and message viewers show it (Mirth/NextGen Connect, Rhapsody, Corepoint,
 * Iguana, HL7 Soup, online parsers): its patient is the PID segment's, never an NK1 relative's, a GT1 guarantor's,
 * an IN1 insured's or a PV1 doctor's, whose names and dates of birth sit in their own segments. Read from the ER7
 * text (hl7v2-er7.ts) or from a viewer's field paths (hl7v2-paths.ts), both put into this one shape.
 */

/** A field's repetitions, each its components (subcomponents dropped). */
export type V2Field = string[][];
/** Segment id → its occurrences → field number (PID-5 is 5) → the field. */
export type V2Message = Map<string, Map<number, V2Field>[]>;

/**
 * PID-3 identifier type codes (HL7 table 0203) that are never the record number: social security and national
 * numbers, account, visit and financial numbers, licences, passports, insurers' member numbers.
 */
const NOT_RECORD_TYPE = /^(?:SS|SB|NI|NH|AN|ANON|VN|FI|FIN|DL|DR|PPN|MA|MC|MI|MB|SN|BA|BC|EN|WC|PEN|RRI|TAX|U)$/i;
/** Types that name the medical record number, the surest first; PI is a system's patient internal id. */
const RECORD_TYPES = ['MR', 'MRN', 'MRT', 'PI', 'PT', 'PN', 'EPI'];
/**
 * Patient classes (PV1-2, table 0004) whose admit date/time is a hospital stay's: inpatient and obstetrics. An
 * outpatient's, a recurring or a pre-admitted patient's PV1-44 is a visit's or an expected date, no admission.
 */
const STAY_CLASSES = new Set(['I', 'B']);
/** Administrative sex (table 0001): other, ambiguous and not applicable are read as X. */
const SEX: Record<string, string> = { F: 'F', M: 'M', U: 'U', O: 'X', A: 'X', N: 'X', X: 'X' };

const comp = (field: V2Field | undefined, rep: number, i: number) => field?.[rep]?.[i]?.trim() ?? '';
/** A TS/DTM value (YYYYMMDD[hhmm[ss]][±zzzz]) as its calendar day. */
const day = (ts: string) => /^((?:19|20)\d\d)([01]\d)([0-3]\d)/.exec(ts)?.slice(1).join('-');

function patientName(field: V2Field | undefined): string | undefined {
  // XPN: family ^ given ^ further given names ^ suffix ^ prefix …; the legal name (type L) when several repeat.
  const reps = field ?? [];
  const rep = Math.max(0, reps.findIndex((r) => (r[6] ?? '').trim() === 'L'));
  const [family, given, middle, suffix] = [0, 1, 2, 3].map((i) => comp(field, rep, i));
  return family && given ? [given, middle, family, suffix].filter(Boolean).join(' ') : undefined;
}

function recordNumber(pid: Map<number, V2Field>): { mrn?: string; notIds: string[] } {
  const ids = (pid.get(3) ?? []).map((r) => ({ id: (r[0] ?? '').trim(), type: (r[4] ?? '').trim().toUpperCase() })).filter((r) => r.id);
  const notIds = ids.filter((r) => NOT_RECORD_TYPE.test(r.type)).map((r) => r.id);
  const typed = RECORD_TYPES.map((t) => ids.find((r) => r.type === t)).find(Boolean);
  // An untyped identifier (v2.2-era senders) is the list's own number; PID-2, the external id, only when the list is empty.
  const mrn = typed?.id ?? ids.find((r) => !r.type)?.id ?? (ids.length === 0 ? comp(pid.get(2), 0, 0) || undefined : undefined);
  return { mrn, notIds };
}

function homePhone(field: V2Field | undefined): string | undefined {
  for (const r of field ?? []) {
    const [number, use, equipment, email, , area, local] = r.map((c) => c.trim());
    // An e-mail address or a pager is no phone to call.
    if (email || /^(?:Internet|X\.400|BP)$/i.test(equipment ?? '') || use === 'NET') continue;
    if (number) return number;
    if (local && /^\d{7}$/.test(local)) return `${area ? `(${area}) ` : ''}${local.slice(0, 3)}-${local.slice(3)}`;
  }
  return undefined;
}

/** The message's patient, or nothing when it has none or several (a batch file's messages, a merge's two). */
export function v2Candidate(msg: V2Message, how: string): Candidate | undefined {
  const pids = msg.get('PID') ?? [];
  const pid = pids[0];
  if (!pid || pids.length > 1) return undefined;
  const name = patientName(pid.get(5));
  if (!name) return undefined;
  const { mrn, notIds } = recordNumber(pid);
  const fields: Candidate['fields'] = { name, mrn, dob: day(comp(pid.get(7), 0, 0)), sex: SEX[comp(pid.get(8), 0, 0).toUpperCase()], phone: homePhone(pid.get(13)) };
  const pv1s = msg.get('PV1') ?? [];
  const pv1 = pv1s.length === 1 ? pv1s[0] : undefined;
  let dischargeActual: boolean | undefined;
  if (pv1 && STAY_CLASSES.has(comp(pv1.get(2), 0, 0).toUpperCase())) {
    fields.admitDate = day(comp(pv1.get(44), 0, 0));
    fields.dischargeDate = day(comp(pv1.get(45), 0, 0));
    // PV1-45 is valued when the patient has left (an A03); a planned discharge has no field of its own here.
    if (fields.dischargeDate) dischargeActual = true;
    // PL: point of care ^ room ^ bed ^ facility; the facility alone is no place on a ward.
    const place = [0, 1, 2].map((i) => comp(pv1.get(3), 0, i)).filter(Boolean);
    if (place.length > 0) fields.location = place.join(' ');
  }
  return { how, state: false, fields, notIds, ...(dischargeActual ? { dischargeActual } : {}) };
}

/** Sets a parsed field; a second message's different value for it makes the whole unreadable (returns false). */
export function setField(msg: V2Message, seg: string, occurrence: number, field: number, value: V2Field): boolean {
  const list = msg.get(seg) ?? [];
  msg.set(seg, list);
  while (list.length <= occurrence) list.push(new Map());
  const at = list[occurrence] as Map<number, V2Field>;
  const seen = at.get(field);
  if (seen && seen.map((r) => r.join('^')).join('~') !== value.map((r) => r.join('^')).join('~')) return false;
  at.set(field, value);
  return true;
}

/** An ER7 field's text with its encoding characters: repetitions of components, subcomponents dropped. */
export function er7Field(text: string, enc = '^~\\&'): V2Field {
  const [c = '^', r = '~', , s = '&'] = enc;
  return text.split(r).map((rep) => rep.split(c).map((p) => p.split(s)[0] ?? ''));
}
