import type { ContextField } from '../types';
import { cleanText } from '../parse/text';

/**
 * The label spellings pages and documents use for each field, as data. Patterns match the label
 * normalised by `labelKey`. A rule with `field: null` is a label for something else that looks like
 * a client field (an encounter or FIN number, an SSN, a preferred name, a provider): it is matched
 * so that its value is never taken for the client's, and so that it ends the value before it.
 */
export interface LabelRule {
  field: ContextField | null;
  re: RegExp;
  /** For discharge labels: whether the label says the discharge happened or is only expected. */
  dischargeActual?: boolean;
  /**
   * A bare word ("Patient", "Member", "Legal") is also a menu entry or a heading; it only labels a
   * value when written with a colon or placed in a table or definition-list cell.
   */
  bare?: boolean;
  /** The value is a period ("from 3/1/2025 to 3/9/2025"): its start is the admission, its end the discharge. */
  period?: boolean;
  /** An identifier label that yields to a record-number label elsewhere on the page (account numbers). */
  weak?: boolean;
  /** One part of the name, printed in its own field (edit forms): the parts are put together. */
  part?: 'given' | 'middle' | 'family';
}

const WHO = '(?:patient|pt\\.?|member|client|resident|participant|consumer|customer|enrollee|person|subscriber|contact)';
const NO = '(?:#|id(?:\\s*#)?|ids|no\\.?|num(?:ber)?|identifier)';
const WHEN = '(?:\\s*(?:date|day|dt)?(?:\\s*(?:\\/|and|&)?\\s*time)?)?';
/** Whose admission or discharge: "Facility Discharge Date", "Hospital Admit Date". */
const STAY = '(?:(?:facility|hospital|inpatient|snf|rehab|last|most\\s+recent|current)\\s+)?';

export const LABEL_RULES: readonly LabelRule[] = [
  // Values that look like the client's but are not: first, so they win over the broader rules below.
  { field: null, re: /^(?:encounter|visit|fin|csn|har|episode|case|order|claim|accession|admission|account\s+fin|financial)\s*(?:#|id|no\.?|number|nbr)(?:\s*#)?$|^(?:fin|csn|har)$|^(?:ssn|social(?:\s+security)?(?:\s*(?:#|no\.?|number))?|ss#|sin|nhs\s+no\.?|npi|dea|insurance(?:\s+id)?|policy(?:\s*#|\s+(?:no\.?|number))?|group(?:\s*#|\s+(?:no\.?|number))?|payer\s+id)$/ },
  { field: null, re: /^(?:preferred(?:\s+name)?|nick\s*name|alias|aka|also\s+known\s+as|maiden\s+name|previous\s+name|alt\.?\s+name|emergency\s+contact(?:\s+name)?|next\s+of\s+kin|guardian|mother|father|spouse|caregiver|contact\s+owner|case\s+owner|record\s+owner|owner|author|custodian|legal\s+authenticator|provider|attending|pcp|primary\s+care(?:\s+provider)?|referring(?:\s+provider)?|user|logged\s+in(?:\s+as)?|signed\s+in(?:\s+as)?)$/ },
  { field: 'name', re: new RegExp(`^(?:${WHO}(?:'s)?\\s+)?(?:full\\s+|legal\\s+|official\\s+|display\\s+)?name(?:\\s*\\(last,\\s*first\\))?$|^(?:legal|official|full)\\s+name$`) },
  { field: 'name', re: /^(?:patient|member|client|resident|participant|enrollee|legal|official)$/, bare: true },
  { field: 'name', re: /^(?:first|given)\s+names?$|^(?:patient|member|client|legal)\s+first\s+name$/, part: 'given' },
  { field: 'name', re: /^(?:middle\s+(?:names?|initial)|m\.?i\.?)$/, part: 'middle' },
  { field: 'name', re: /^(?:last|family|sur)\s*name$|^(?:patient|member|client|legal)\s+last\s+name$/, part: 'family' },
  // Before the identifiers: "Contact number" is a phone, not a contact's number.
  { field: 'phone', re: /^(?:(?:primary|preferred)\s+)?contact\s+(?:no\.?|number)$/ },
  { field: 'mrn', re: new RegExp(`^(?:[ce]?mrn|[ce]?mrn\\s*#|mr\\s*${NO}|mr|med\\.?\\s*rec\\.?(?:\\s*${NO})?|medical\\s+record(?:\\s*${NO})?|${WHO}[-\\s]*${NO}|(?:record|chart|case)\\s*${NO}|ehr\\s*id|(?:local|hospital|unit|facility|enterprise|empi|emr|openmrs|opene?mr|external|public)\\s*(?:id|#|no\\.?|number)|identifiers?|id)$`) },
  // An account number is the chart number in many practices but a billing account per stay in hospitals.
  { field: 'mrn', re: new RegExp(`^(?:acct\\.?(?:\\s*${NO})?|acc\\.?\\s*${NO}|account(?:\\s*${NO})?)$`), weak: true },
  { field: 'dob', re: new RegExp(`^(?:${WHO}(?:'s)?\\s+)?(?:dob|d\\.o\\.b\\.?|date\\s+of\\s+birth|birth\\s*date|birthdate|birthday|born|birth)(?:\\s*\\/\\s*age)?$`) },
  { field: 'sex', re: /^(?:(?:patient|member|client|contact)\s+)?(?:sex|gender)$|^(?:sex\s+at\s+birth|legal\s+sex|administrative\s+(?:sex|gender)|gender\s+identity|sex\s+assigned\s+at\s+birth)$/ },
  { field: 'phone', re: /^(?:(?:home|mobile|cell(?:ular)?|primary|preferred|day(?:time)?|evening|work|contact|patient|member|client)\s+)?(?:phone|ph\.?|tel\.?|telephone)(?:\s*(?:#|no\.?|numbers?|\((?:home|mobile|cell|primary)\)))?$|^(?:mobile|cell)(?:\s*#)?$|^(?:tel|phone)\.?\s+(?:home|mobile|cell|work|primary)(?:\s+primary)?$/ },
  { field: 'phone', re: /^(?:home|work)$/, bare: true },
  { field: 'admitDate', re: new RegExp(`^${STAY}(?:admit(?:ted)?${WHEN}|admission${WHEN}|adm\\.?${WHEN}|date\\s+(?:of\\s+)?admi(?:ssion|tted)|arrival${WHEN}|(?:admitted|admission)\\s+on)$`) },
  { field: 'dischargeDate', re: new RegExp(`^(?:exp\\.?|expected|est\\.?|estimated|anticipated|planned|target|projected|tentative)\\s*(?:d\\/c|discharge)${WHEN}$|^edd$|^discharge\\s*\\((?:expected|planned|estimated)\\)$`), dischargeActual: false },
  { field: 'dischargeDate', re: new RegExp(`^${STAY}(?:discharged(?:\\s+on)?|date\\s+discharged|date\\s+of\\s+discharge|actual\\s+discharge${WHEN})$`), dischargeActual: true },
  { field: 'dischargeDate', re: new RegExp(`^${STAY}(?:discharge|d\\/c|disch\\.?)${WHEN}$`) },
  { field: 'admitDate', re: /^(?:encounter|visit|stay|hospitali[sz]ation|admission|inpatient\s+stay)\s*(?:date|dates|period|time)?$|^(?:period|length\s+of\s+stay)$/, period: true },
  { field: 'location', re: /^(?:location|loc\.?|unit|room|bed|ward|facility|unit(?:\s*\/\s*(?:room|bed)){1,2}|room\s*\/\s*bed|encounter\s+location|current\s+location)$/ },
];

/** Lower case, invisible characters removed, trailing ":" dropped. Null when too long to be a label. */
export function labelKey(raw: string): string | null {
  const s = cleanText(raw);
  if (!s || s.length > 40) return null;
  return s.toLowerCase().replace(/\s*[:=]$/, '').trim() || null;
}

/** All spellings in one pattern: most texts on a page are not labels, and one test rejects them. */
const ANY_LABEL = new RegExp(LABEL_RULES.map((r) => `(?:${r.re.source})`).join('|'));

export function matchLabel(raw: string): LabelRule | null {
  if (raw.length > 60) return null;
  const key = labelKey(raw);
  if (!key || !ANY_LABEL.test(key)) return null;
  for (const rule of LABEL_RULES) if (rule.re.test(key)) return rule;
  return null;
}

/**
 * FHIR viewers key an identifier by its system ("https://hospital.example/fhir/mrn",
 * "urn:…:medical-record-number"): the system's last segment names the identifier's type.
 */
export function identifierSystemLabel(raw: string): LabelRule | null {
  const s = raw.trim();
  if (s.length > 200 || !/^(?:https?:\/\/|urn:)\S+$/i.test(s)) return null;
  const last = s.replace(/[/#?]+$/, '').split(/[/:#]/).pop() ?? '';
  const rule = matchLabel(last.replace(/[-_.]+/g, ' '));
  return rule && (rule.field === 'mrn' || rule.field === null) ? rule : null;
}

export interface InlinePair {
  rule: LabelRule;
  label: string;
  value: string;
  /** Where the label starts in the text. */
  start: number;
}

/** Rules for values read by their shape rather than a label (a banner line, a document's prose). */
export const SHAPE: Readonly<Record<'name' | 'mrn' | 'dob' | 'sex' | 'phone' | 'period', LabelRule>> = {
  mrn: { field: 'mrn', re: /^$/, weak: true },
  name: { field: 'name', re: /^$/ },
  dob: { field: 'dob', re: /^$/ },
  sex: { field: 'sex', re: /^$/ },
  phone: { field: 'phone', re: /^$/ },
  period: { field: 'admitDate', re: /^$/, period: true },
};

/**
 * "DOB: 01/05/1950" in one piece of text → the rule and the value; several on one line
 * ("Admission: 3/8/2025  Exp. Discharge: 3/12/2025", "MR = 123457") give several pairs. Unless
 * `anywhere`, the text must start with a known label, so "Wife Anna, DOB: 3/3/1962, will attend" in a
 * note is not read as the client's DOB.
 */
export function splitInlineLabels(text: string, anywhere = false): InlinePair[] {
  const seps: { labelStart: number; sep: number; rule: LabelRule; label: string }[] = [];
  const re = /\s?[:=]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && seps.length < 12) {
    const words = text.slice(Math.max(0, m.index - 40), m.index).split(/(?<=[\s(,;])/);
    // Longest run of trailing words (up to 5, "Unit / Room / Bed") that is a label.
    for (let k = Math.min(5, words.length); k >= 1; k--) {
      const label = words.slice(-k).join('').replace(/^[\s(,;]+/, '').trim();
      const rule = label ? matchLabel(label) : null;
      if (rule) {
        seps.push({ labelStart: m.index - label.length, sep: m.index + m[0].length, rule, label: `${label}:` });
        break;
      }
    }
  }
  const first = seps[0];
  if (!first || (!anywhere && first.labelStart !== 0)) return [];
  const out: InlinePair[] = [];
  seps.forEach((c, i) => {
    const end = i + 1 < seps.length ? (seps[i + 1] as { labelStart: number }).labelStart : text.length;
    const value = text.slice(c.sep, end).replace(/^[\s:=]+|[\s,;(]+$/g, '');
    if (value) out.push({ rule: c.rule, label: c.label, value, start: c.labelStart });
  });
  return out;
}
