import type { ContextField } from '../types';
import { cleanText } from '../parse/text';
import { siteMrnLabel } from './site-mrn';
import { agencyClientId } from './agency-client-id';
import { HC_LABEL_RULES } from './hc-labels';
import { SC_LABEL_RULES } from './sc-labels';
import { INTL_LABEL_RULES } from './intl-labels';
import { SPANISH_LABEL_RULES, spanishGloss } from './spanish-labels';
import { frenchGloss } from './french-labels';
import { ED_VISIT_LABEL_RULES } from './ed-visit-labels';
import { OBSERVATION_LABEL_RULES } from './observation-start';
import { STAY_SINCE_LABEL_RULES } from './stay-since-labels';
import { DELIVERY_STAY_LABEL_RULES } from './delivery-stay-labels';
import { PARENT_PARTICIPANT_LABEL_RULES } from './parent-participant-label';
import { DESK_LABEL_RULES } from './desk-labels';
import { SELECTED_PATIENT_LABEL_RULES } from './selected-patient-label';
import { HUB_LABEL_RULES } from './hub-labels';
import { PM_LABEL_RULES } from './pm-labels';
import { LTC_LABEL_RULES } from './ltc-labels';
import { REMOTE_LABEL_RULES } from './remote-labels';
import { OUTREACH_LABEL_RULES } from './outreach-labels';
import { QUESTIONNAIRE_LABEL_RULES } from './questionnaire-labels';
import { TRANSPORT_LABEL_RULES } from './transport-labels';
import { DICOM_LABEL_RULES, keywordWords } from './dicom-labels';
import { NUMBERED_ID_LABEL_RULES } from './numbered-id-labels';
import { PREVIOUS_ID_LABEL_RULES } from './previous-id-labels';
import { REGISTRY_LABEL_RULES } from './registry-labels';
import { PARTNER_RECORD_LABEL_RULES, sourceNotedRecord } from './partner-record-labels';
import { CUSTODY_LABEL_RULES } from './custody-labels';
import { CASE_MEMBER_LABEL_RULES } from './case-member-labels';
import { CLAIMANT_LABEL_RULES } from './claimant-labels';
import { OFFICE_CHART_LABEL_RULES } from './office-chart-label';
import { HMIS_LABEL_RULES } from './hmis-labels';
import { SCHOOL_LABEL_RULES } from './school-labels';
import { LEARNER_LABEL_RULES } from './learner-labels';
import { OCC_LABEL_RULES } from './occ-employee';
import { HRN_LABEL_RULES } from './hrn-labels';
import { CARE_MGMT_LABEL_RULES } from './care-mgmt-record';
import { CONTACT_CENTRE_LABEL_RULES } from './contact-centre-ids';
import { CRISIS_LABEL_RULES } from './crisis-caller';
import { POPHEAL_LABEL_RULES } from './popheal-labels';
import { HOLD_FORM_LABEL_RULES } from './hold-form-labels';
import { PORTAL_LABEL_RULES } from './portal-labels';
import { FORM_LABEL_RULES, withoutFormItem } from './form-item';
import { CATEGORY_LABEL_RULES } from './category-labels';
import { OWNER_LABEL_RULES } from './owner-labels';
import { GENETICS_LABEL_RULES } from './genetics-labels';
import { ITEM_CODE } from './hc-item-code';
import { PROGRAM_SITE } from './program-site';
import { RESIDENTIAL_SITE } from './residential-site';
import { FILE_TITLE } from './file-title';
import { useQualified } from './fhir-use-label';
import { typedIdBeforeEquals } from './typed-id-equals';
import { FHIR_SUBJECT } from './fhir-subject-reference';
import { withoutCode } from './label-code';
import { withoutTypeIcon } from './property-icon';
import { withoutLeader } from './dot-leader';
import { issuerAsOneWord, orgQualifiedMrn } from './org-qualified-mrn';
import { instructedCaption, withoutInstruction } from './label-instruction';


/**
 * The glyphs pages print as a phone's caption where no word is: ☎ ☏ ✆ 📞 📱. The emoji are spelled as surrogate pairs:
 * every rule's source joins one pattern without the u flag, and with it a pair still reads as the one character.
 */
export const PHONE_GLYPH = '(?:\\u260e|\\u260f|\\u2706|\\ud83d\\udcde|\\ud83d\\udcf1)';
/**
 * The label spellings pages and documents use for each field, as data. Patterns match the label
 * normalised by `labelKey`, whose words are set apart by one space: a space in a pattern stands for any
 * run of white space on the page. A rule with `field: null` is a label for something else that looks like
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
  /**
   * An identifier label that yields to a more specific one elsewhere on the page: 2 for account numbers
   * and ids read by shape, 1 for a bare "ID" (a FHIR narrative's resource id beside its record number).
   */
  weak?: number;
  /** One part of the name, printed in its own field (edit forms): the parts are put together. */
  part?: 'given' | 'middle' | 'family' | 'second';
  /** A staff member's own field (hc-labels.ts). */
  staff?: boolean;
  /** The part of the value that is the field's, or null when the value is not one (program-site.ts). */
  value?: (raw: string) => string | null;
}

const WHO = '(?:patient|pt\\.?|member|mbr|client|resident|participant|consumer|customer|enrollee|person|subscriber|contact)';
const NO = '(?:#|id(?: ?#)?|ids|no\\.?|num(?:ber)?|nbr|identifier)';
const WHEN = '(?: ?(?:date|day|dt)?(?: ?(?:\\/|and|&)? ?time)?)?';
/**
 * Whose admission or discharge: "Facility Discharge Date", "Hospital Admit Date", a program episode's "Episode Admission Date";
 * a tele-ICU bed view's abbreviated "Hosp Admit" beside its "ICU Admit" (the hospital's is the stay's start).
 */
const STAY = '(?:(?:facility|hosp\\.?|hospital|hospice|inpatient|snf|rehab|last|most recent|current|episode|program) )?';

export const LABEL_RULES: readonly LabelRule[] = [
  // A person's or client's id is the record number alone, the person index beside a labelled MRN (Sunrise's "Client ID").
  { field: 'mrn', re: /^(?:client|person|customer|consumer|participant) ?(?:#|id|no\.?|number)$/, weak: 0.25 },
  // A CRM's own "Record ID" (HubSpot's, Zoho's) numbers its row, not the person: it yields to the client's own number beside it.
  { field: 'mrn', re: /^record ?id$/, weak: 0.5 },
  ...GENETICS_LABEL_RULES,
  ...HC_LABEL_RULES,
  ...SC_LABEL_RULES,
  ...INTL_LABEL_RULES,
  ...SPANISH_LABEL_RULES,
  ...ED_VISIT_LABEL_RULES,
  ...OBSERVATION_LABEL_RULES,
  ...STAY_SINCE_LABEL_RULES,
  ...DELIVERY_STAY_LABEL_RULES,
  ...PARENT_PARTICIPANT_LABEL_RULES,
  ...DESK_LABEL_RULES,
  ...SELECTED_PATIENT_LABEL_RULES,
  ...HUB_LABEL_RULES,
  ...PM_LABEL_RULES,
  ...LTC_LABEL_RULES,
  ...REMOTE_LABEL_RULES,
  ...QUESTIONNAIRE_LABEL_RULES,
  ...TRANSPORT_LABEL_RULES,
  ...DICOM_LABEL_RULES,
  ...NUMBERED_ID_LABEL_RULES,
  ...PREVIOUS_ID_LABEL_RULES,
  ...REGISTRY_LABEL_RULES,
  ...PARTNER_RECORD_LABEL_RULES,
  ...CUSTODY_LABEL_RULES,
  ...CASE_MEMBER_LABEL_RULES,
  ...CLAIMANT_LABEL_RULES,
  ...OFFICE_CHART_LABEL_RULES,
  ...OUTREACH_LABEL_RULES,
  ...HMIS_LABEL_RULES,
  ...SCHOOL_LABEL_RULES,
  ...LEARNER_LABEL_RULES,
  ...OCC_LABEL_RULES,
  ...HRN_LABEL_RULES,
  ...CRISIS_LABEL_RULES,
  ...CONTACT_CENTRE_LABEL_RULES,
  ...CARE_MGMT_LABEL_RULES,
  ...POPHEAL_LABEL_RULES,
  ...HOLD_FORM_LABEL_RULES,
  ...PORTAL_LABEL_RULES,
  ...FORM_LABEL_RULES,
  ...CATEGORY_LABEL_RULES,
  ...OWNER_LABEL_RULES,
  PROGRAM_SITE,
  RESIDENTIAL_SITE,
  FILE_TITLE,
  FHIR_SUBJECT,
  // Values that look like the client's but are not: first, so they win over the broader rules below.
  { field: null, re: /^(?:encounter|visit|fin|csn|har|episode|case|order|claim|accession|admission|account fin|financial) ?(?:#|id|no\.?|number|nbr)(?: ?#)?$|^(?:fin|csn|har|person nbr)$|^(?:ssn|bsn|social(?: security)?(?: ?(?:#|no\.?|number))?|ss#|sin|npi|dea|insurance(?: id)?|policy(?: ?#| (?:no\.?|number))?|group(?: ?#| (?:no\.?|number))?|payer id)$/ },
  // A benefits agency's "Worker:" or "Caseworker:" (a notice's address block, a case header) is staff, as "User:" is.
  { field: null, re: /^(?:preferred(?: name)?|nick ?name|alias|aka|also known as|maiden name|previous name|alt\.? name|emergency contact(?: name)?|next[- ]of[- ]kin|guardian|guarantor(?: name)?|resp(?:\.|onsible)? party|policy ?holder|mother|father|spouse|caregiver|contact owner|case owner|record owner|owner|author|custodian|legal authenticator|provider|attending|pcp|primary care(?: provider)?|referring(?: provider)?|user|logged in(?: as)?|signed in(?: as)?|(?:(?:case|social|eligibility|intake|assigned) ?)?worker)$/ },
  { field: 'name', re: new RegExp(`^(?:${WHO}(?:'s)? )?(?:full |legal |official |display )?name(?: ?\\(last, ?first\\))?$|^(?:legal|official|full) name$`) },
  { field: 'name', re: /^(?:patient|member|client|resident|participant|enrollee|customer|legal|official)$/, bare: true },
  // A printed plan or assessment names whose it is: "Care Plan for: …".
  { field: 'name', re: /^(?:(?:individuali[sz]ed )?(?:care|service|treatment) plan|plan of care|assessment) for$/ },
  { field: 'name', re: /^(?:first|given) names?$|^(?:patient|member|client|legal) first name$/, part: 'given' },
  { field: 'name', re: /^(?:middle(?: names?| initial)?|m\.?i\.?)$/, part: 'middle' },
  // A name's suffix or prefix field beside its parts (an IIS or registration form, often left empty) is a caption of
  // its own: without its colon, "Middle Name GRACE Suffix" had read "Grace Suffix" as the middle name.
  { field: null, re: /^(?:name )?(?:suffix|prefix)$/ },
  { field: 'name', re: /^(?:last|family|sur) ?name$|^(?:patient|member|client|legal) last name$/, part: 'family' },
  // Before the identifiers: "Contact number" is a phone, not a contact's number.
  { field: 'phone', re: /^(?:(?:primary|preferred) )?contact (?:no\.?|number)$/ },
  // Pharmacy screens caption their patient number "PAT#:" or "Pat ID" (QS/1, Rx30): the record number there, yielding to a
  // chart's own number where a practice system prints both ("Pat ID: 100448 · Chart #: A-77815").
  { field: 'mrn', re: /^pat\.? ?(?:#|id|no\.?|number)(?: ?#)?$/, weak: 0.5 },
  // A payer's subscriber id is the plan's number (often the policy holder's): the member's own number wins.
  { field: 'mrn', re: /^subscriber ?(?:#|id|no\.?|number)$/, weak: 2 },
  // A plan's member number (or an enterprise index or HIE number) is the record number on a payer's (or an HIE's) pages, not beside the chart's own.
  { field: 'mrn', re: new RegExp(`^(?:(?:member|mbr|enrollee)[-\\s]*${NO}|empi|enterprise ?(?:id|#|no\\.?|number)|hie (?:${WHO} )?(?:${NO}|record(?: ?${NO})?))$`), weak: 0.5 },
  // An HIE's notice addresses the practice it goes to: "Your Patient ID" is that practice's own record number.
  // A messaging or care-coordination app's contact panel names the chart it is linked to the same way ("EHR patient ID").
  { field: 'mrn', re: new RegExp(`^(?:your|our|practice|ehr|emr) ${WHO}[-\\s]*${NO}$`) },
  // The system's own number spelt out, as the legacy OpenMRS header does ("OpenMRS Identification Number: 4471-2").
  { field: 'mrn', re: new RegExp(`^(?:[ce]?mrn|[ce]?mrn ?#|(?:patient|pt\\.?) (?:[ce]?mrn|mr|medical record)(?: ?${NO})?|mr ?${NO}|mr|med\\.? ?rec\\.?(?: ?${NO})?|medical record(?: ?${NO})?|${WHO}[-\\s]*${NO}|(?:record|chart|case|registration|reg\\.?) ?${NO}|${WHO} ?code|ehr ?id|uhid|crn|icn|integration control (?:number|no\\.?|#)|(?:urn?|[ce]?mrn) ?- ?[a-z]{2,6}|ur ?${NO}|(?:local|hosp|hospital|unit|facility|empi|emr|openmrs|opene?mr|external|public) ?(?:id|#|no\\.?|number|identification (?:number|no\\.?))|identifiers?)$`) },
  { field: 'mrn', re: /^id$/, weak: 1 },
  // A referral's or transfer's record number at the sending hospital: the client's, yielding to the receiving record's own.
  // So is a care-management platform's copy of the member's record number at the treating provider ("Provider MRN",
  // "Source MRN" beside the plan's "Member #"): the member's chart, ahead of the plan's number. A health plan's
  // utilization review prints the treating facility's chart number for the member the same way ("Facility MR#").
  { field: 'mrn', re: /^(?:hospital|hosp\.?|referring|sending|provider|source|facility) (?:mrn|mr ?#|med(?:ical)? rec(?:ord)? ?(?:#|no\.?|number))$/, weak: 0.25 },
  // Practice-management screens: AdvancedMD's bare "Chart" field, Practice Fusion's "PRN" (patient record number).
  { field: 'mrn', re: /^chart$/, bare: true },
  { field: 'mrn', re: /^prn ?#?$/, weak: 1 },
  // An account number is the chart number in many practices but a billing account per stay in hospitals.
  { field: 'mrn', re: new RegExp(`^(?:acct\\.?(?: ?${NO})?|acc\\.? ?${NO}|account(?: ?${NO})?)$`), weak: 2 },
  { field: 'dob', re: new RegExp(`^(?:${WHO}(?:'s)? )?(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthdate|birthday|born|birth)(?: ?\\/ ?age| ?\\(age\\))?$`) },
  { field: 'sex', re: /^(?:(?:patient|pt\.?|member|client|contact|birth) )?(?:sex|gender)$|^(?:sex at birth|legal sex|administrative (?:sex|gender)|gender identity|sex assigned at birth)$|^(?:age ?\/ ?(?:sex|gender)|(?:sex|gender) ?\/ ?age)$/ },
  { field: 'phone', re: /^(?:(?:home|mobile|cell(?:ular)?|primary|preferred|day(?:time)?|evening|work|business|contact|patient|pt\.?|member|client) )?(?:phones?|ph\.?|tel\.?|tele(?:phone|com))(?: ?(?:#|no\.?|numbers?|\((?:home|mobile|cell|primary|h|c|m|w)\)))?$|^(?:home|mobile|cell|work)(?: ?#| (?:no\.?|number))$|^(?:mobile|cell)$|^(?:tel|phone)\.? (?:home|mobile|cell|work|primary)(?: primary)?$/ },
  // A phone glyph is a phone's caption where no word is ("☎ (412) 555-0178", "📞 555-0143").
  { field: 'phone', re: new RegExp(`^${PHONE_GLYPH}\\ufe0f?$`) },
  // Chips abbreviate home to a letter ("H: 617-555-0131"; never M, C or W: a sex or race code in a cell). CDA stylesheets
  // caption a telecom by its use code's display name, "Primary Home: (608) 555-0143", "Work Place: …" (cda-telecom-use.test.ts).
  { field: 'phone', re: /^(?:(?:primary )?home|work(?: ?place)?|h)$/, bare: true },
  { field: 'admitDate', re: new RegExp(`^${STAY}(?:admit(?:ted)?${WHEN}|admission${WHEN}|adm\\.?${WHEN}|date (?:of )?admi(?:ssion|tted)|arrival${WHEN}|move[- ]?in${WHEN}|(?:admitted|admission) on|(?:program|episode|enrollment|period|encounter|stay) start${WHEN}|enroll(?:ment|ed)${WHEN}|soc${WHEN}|start of care${WHEN})$`) },
  // The qualifier may follow the noun, as kiosk and bed-board bars print it: "D/C planned 12/15", "Discharge expected …".
  { field: 'dischargeDate', re: new RegExp(`^(?:exp\\.?|expected|est\\.?|estimated|anticipated|planned|target|projected|tentative) ?(?:(?:d\\/?c|discharge|disch\\.?)${WHEN}|date of discharge)$|^edd$|^discharge ?\\((?:expected|planned|estimated)\\)$|^(?:d\\/?c|discharge|disch\\.?) (?:expected|planned|anticipated|estimated|projected|scheduled)$`), dischargeActual: false },
  { field: 'dischargeDate', re: new RegExp(`^${STAY}(?:discharged(?: on)?|date discharged|date of discharge|actual discharge${WHEN})$`), dischargeActual: true },
  { field: 'dischargeDate', re: new RegExp(`^${STAY}(?:discharge|d\\/c|disch\\.?)${WHEN}$`) },
  // An encounter's or episode's end is its discharge; whether it happened, the date says.
  // Home health and hospice close an episode at its "End of Care", as they open it at its "Start of Care".
  { field: 'dischargeDate', re: new RegExp(`^(?:(?:program|episode|period|encounter|stay) end|end of (?:care|episode))${WHEN}$`) },
  // A banner's bare "Enc:" gives the encounter ("Inpatient [12/01/2026 17:20 - ]"); an "Enc Date" is any visit's.
  { field: 'admitDate', re: /^(?:(?:encompassing )?encounter|visit|stay|hospitali[sz]ation|admission|inpatient stay|episode) ?(?:date|dates|period|time)?$|^(?:period|length of stay|enc\.?)$/, period: true },
  // Or the banner names the encounter by its class and brackets its period ("Inpatient [03-Dec-2026 22:18 - <No - Discharge
  // date>]"): only the inpatient class, a stay; only as a label (a cell, a term, a colon), never the menu's word; only
  // the bracketed period, the banner's own form (a utilization table's "Inpatient | 07/12 – 07/16" row is a past stay).
  { field: 'admitDate', re: /^inpatient$/, period: true, bare: true, value: (raw) => /^\s*\[([^\]]*\d[^\]]*)\]\s*$/.exec(raw)?.[1] ?? null },
  // An alert's or task's stay block names its hospital by the bare word ("Hospital  Valley Presbyterian"), beside Admit and Discharge.
  { field: 'location', re: /^hospital$/, bare: true },
  // A payer's authorization names the hospital of the stay it covers its "Servicing facility"; a transfer center the bed
  // it gives an incoming patient their "Assigned bed"; census and bed boards say whose place it is ("Pt Location", "Bed Location").
  { field: 'location', re: /^(?:current |encounter |admitting |admission |discharging |nursing |service |servicing |assigned |patient |pt\.? |bed )?(?:location|loc\.?|unit|room|rm|bed|ward|facility|chair|bay)(?: ?(?:#|no\.?|number))?(?: ?[\/-] ?(?:room|rm|bed)){0,2}$|^(?:admitting|admission|discharging|discharge) (?:facility|hospital|location)$|^(?:facility|hospital) name$/ },
];

/** Lower case, invisible characters removed, trailing ":" and a count or an action in brackets ("Phone (2)", "Address (map)") dropped. Null when too long to be a label. */
export function labelKey(raw: string): string | null {
  // Without an assessment's item code before it (hc-item-code.ts); an attribute keyword in its words (dicom-labels.ts).
  // Or a form's box number and filling instruction (form-item.ts), or a database property's type icon (property-icon.ts).
  // Or a filling instruction in brackets after it (label-instruction.ts).
  const s = keywordWords(withoutFormItem(withoutTypeIcon(withoutInstruction(cleanText(raw))).replace(ITEM_CODE, '')));
  if (!s || s.length > 40) return null;
  // A link in brackets after a label is the label's action, not its words ("Phone(H)(History):").
  // Without a host screen's dot leader (dot-leader.ts).
  // Nor an element path's index ("telecom[1]", FHIR and API viewers' property tables).
  const key = withoutLeader(s.toLowerCase().replace(/\s*(?:\((?:\d|history|edit|map|call|view)\)\s*)?[:=]?$/, '').replace(/\[\d{1,2}\]$/, '').trim());
  // A record's raw property names ("phone_number", case data and API viewers) are its labels in snake case.
  return (/^[a-z]+(?:_[a-z]+)+$/.test(key) ? key.replace(/_/g, ' ') : key) || null;
}

/** All spellings in one pattern: most texts on a page are not labels, and one test rejects them. */
const ANY_LABEL = new RegExp(LABEL_RULES.map((r) => `(?:${r.re.source})`).join('|'));

/**
 * Answers by text: a page asks about the same texts many times in one read (a row, then its cells) and
 * again in every read after a change. Bounded, since a page can make new texts without end.
 */
const answers = new Map<string, LabelRule | null>();

export function matchLabel(raw: string): LabelRule | null {
  if (raw.length > 60 && !instructedCaption(raw)) return null;
  let rule = answers.get(raw);
  if (rule === undefined) {
    if (answers.size >= 1000) answers.clear();
    answers.set(raw, (rule = ruleOf(raw)));
  }
  return rule;
}

/** Its own rule, so a line's trailing words never take it: in "ABERNATHY,CLAYTON ROSS  MRN:" the capitals before "MRN" are a name's. */
const SITE_MRN: LabelRule = { field: 'mrn', re: /^\p{Lu}{2,6} mrn$/iu };

function ruleOf(raw: string): LabelRule | null {
  const key = labelKey(raw);
  if (!key) return null;
  // Or the record number under a hospital's abbreviation (site-mrn.ts), a client's number under an agency's (agency-client-id.ts),
  // or a record number's label with its source noted in brackets (partner-record-labels.ts).
  return ruleFor(key) ?? useQualified(key, ruleFor) ?? stayQualified(key) ?? orgQualifiedMrn(key, ruleFor) ?? codeQualified(raw, key) ?? slashSynonyms(key) ?? spanishGloss(key, ruleFor) ?? frenchGloss(key, ruleFor) ?? (siteMrnLabel(raw, (k) => !!ruleFor(k)) ? SITE_MRN : null) ?? agencyClientId(raw, ruleFor) ?? sourceNotedRecord(key, ruleOf);
}

function ruleFor(key: string): LabelRule | null {
  if (!ANY_LABEL.test(key)) return null;
  for (const rule of LABEL_RULES) if (rule.re.test(key)) return rule;
  return null;
}

/**
 * "Admission (Re-Entry)", "Room (Bed)": a stay's label qualified in brackets is that label. Only the stay's and the
 * place's: "DOB (Spouse)" is someone else's birth date.
 */
function stayQualified(key: string): LabelRule | null {
  const rule = key.endsWith(')') ? ruleFor(key.replace(/\s*\([^()]*\)$/, '')) : null;
  return rule && (rule.field === 'admitDate' || rule.field === 'dischargeDate' || rule.field === 'location') ? rule : null;
}

/**
 * "Patient ID (pid)": a label with its own short code in brackets (label-code.ts). A code that is itself
 * another field's label ("Patient (MRN)") makes a column of two fields, not this one.
 */
function codeQualified(raw: string, key: string): LabelRule | null {
  const split = key.endsWith(')') ? withoutCode(raw, key) : null;
  const rule = split ? ruleFor(split.base) : null;
  const own = split ? ruleFor(split.code) : null;
  if (!rule || (own && own.field !== rule.field)) return null;
  return split?.system && rule.field !== 'mrn' ? null : rule;
}

/**
 * "Est. discharge / EDD", "MRN / Chart #": one field under two of its spellings, joined by a slash. Both halves must
 * label the same field the same way (as strongly, both expected or both actual, neither a bare word nor a period);
 * "DOB / Sex" or "MRN / FIN" is two columns.
 */
function slashSynonyms(key: string): LabelRule | null {
  const halves = key.includes('/') ? key.split(/\s*\/\s*/) : [];
  if (halves.length !== 2 || halves.some((half) => half.length < 2)) return null;
  const [a, b] = halves.map(ruleFor);
  const alike = a && b && a.field !== null && a.field === b.field && a.dischargeActual === b.dischargeActual && (a.weak ?? 0) === (b.weak ?? 0);
  return alike && !a.bare && !b.bare && !a.period && !b.period ? a : null;
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
  mrn: { field: 'mrn', re: /^$/, weak: 2 },
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
type Sep = { labelStart: number; sep: number; rule: LabelRule; label: string };
/** The last text's labels: a scan asks about one element's text several times in a row (a line, prose, a chip). */
let last: { text: string; seps: readonly Sep[] } = { text: '', seps: [] };

export function splitInlineLabels(text: string, anywhere = false): InlinePair[] {
  if (last.text !== text) last = { text, seps: labelsIn(text) };
  const seps = last.seps;
  const first = seps[0];
  // "(MRN: 44019826)" beside a name: a chip in brackets is its label and value.
  const bracketed = text[0] === '(' && text.endsWith(')');
  if (!first || (!anywhere && first.labelStart !== +bracketed)) return [];
  const out: InlinePair[] = [];
  seps.forEach((c, i) => {
    const end = i + 1 < seps.length ? (seps[i + 1] as { labelStart: number }).labelStart : text.length;
    // The separator before the next label is not the value's ("Loc: 6N-612 | Attending: …").
    const value = text.slice(c.sep, bracketed && i === seps.length - 1 ? -1 : end).replace(/^[\s:=]+|[\s,;(|·•]+$/g, '');
    if (value) out.push({ rule: c.rule, label: c.label, value, start: c.labelStart });
  });
  return out;
}

/** A label's end: its ':' or '=', or right after a phone glyph, which is its value's caption with no colon ("☎ (412) 555-0178"). */
const LABEL_END = new RegExp(`\\s?[:=]|(?<=${PHONE_GLYPH}\\ufe0f?)(?=\\s)`, 'gu');

/** Each ':' or '=' that follows a known label, with that label. */
function labelsIn(text: string): Sep[] {
  const seps: Sep[] = [];
  const re = LABEL_END;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && seps.length < 12) {
    if (m[0] === '') re.lastIndex++;
    // A record number's issuer in brackets before the colon is one word of its label (org-qualified-mrn.ts).
    const words = issuerAsOneWord(text.slice(Math.max(0, m.index - (text[m.index - 1] === ')' ? 70 : 40)), m.index).split(/(?<=[\s(,;])/));
    // Longest run of trailing words (up to 5, "Unit / Room / Bed") that is a label.
    for (let k = Math.min(5, words.length); k >= 1; k--) {
      const label = words.slice(-k).join('').replace(/^[\s(,;]+/, '').trim();
      const found = label ? matchLabel(label) : null;
      // Unless it ends a longer identifier type's name before " = " (typed-id-equals.ts).
      const rule = found && k < words.length ? typedIdBeforeEquals(found, label, m[0], words.slice(0, -k).join('')) : found;
      if (rule && rule !== SITE_MRN) {
        seps.push({ labelStart: m.index - label.length, sep: m.index + m[0].length, rule, label: `${label}:` });
        break;
      }
    }
  }
  return seps;
}
