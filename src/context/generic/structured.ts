import { heldClient } from './client-held';
import { crmHeldRecord } from './crm-record-state';
import { selectedHeld } from './selected-held';
import type { ContextField } from '../types';
import { isObj, str, list } from './json-values';
import { allVisible } from '../dom';
import { shortText } from '../parse/text';
import { emptyReading, put, type ReadEnv, type Reading } from '../reading';
import { emptySelection, noteStore, selectedRecords } from './app-selected';
import { appStay, fromAppPatient } from './app-state';
import { fromRawCda } from './cda-raw';
import { er7Candidates } from './hl7v2-er7';
import { pathCandidates } from './hl7v2-paths';
import { rawFhir } from './fhir-raw';
import { elementTables } from './fhir-element-table';
import { printedXmlFhir, showsFhirXml } from './fhir-printed-xml';
import { currentName } from './fhir-current-name';
import { preferredPhone } from './fhir-telecom';
import { encounterSubject, subjectCandidate, type EncounterSubject } from './fhir-encounter-subject';
import { shownOnPage } from './shown';
import { greetsGiven } from './greeted-given';
import { maskedIdShown } from './masked-id-shown';
import { stayLocation } from './fhir-stay-location';
import { newestVersion } from './fhir-history';
import { shownJsonBlocks } from './fhir-json-editor';
import { openRecords } from './state-slice';
import { encounterRoutedSubjects } from './encounter-routed';
import { jsStateValue } from './js-state';
import { isDevalue, unflatten } from './devalue';
import { addressedEntries, addressedOne, addressedPersonIds, bodyJson, jsonApiRecord, withRefs } from './cache-records';
import { MAX_SCRIPT_CHARS, MAX_SCRIPTS, MAX_SHOWN_JSON, mayHoldPatient, showsFhir, stateValues } from './structured-check';

/**
 * Structured data a page carries about its subject: JSON-LD (schema.org Person/Patient), FHIR
 * resources in script blocks, microdata, and the app state single-page apps embed (`__NEXT_DATA__`,
 * `window.__INITIAL_STATE__ = …`, Apollo caches) holding FHIR or GraphQL Patients and Encounters. The
 * reader cannot read the page's variables, only the text of its script elements, so that text is
 * parsed. Defensively: few blocks, bounded size, bounded walks; anything malformed is skipped.
 * A C-CDA file opened with no stylesheet is its own structured data (cda-raw.ts).
 */

export interface StructuredReading {
  reading: Reading;
  /** From app state (a cache may hold anyone): only read when the page visibly shows this person. */
  state: boolean;
  /** Whether a visible text on the page names this person. */
  shown: () => Promise<boolean>;
  /** Whether the page greets this person by their given name (greeted-given.ts). */
  greeted: () => Promise<boolean>;
  /** Numbers the record marks as a social security or national number: never the record number, wherever printed. */
  notIds?: string[];
  /** App state whose resource id the page's address opens (state-routed.ts). */
  routed?: boolean;
}

const MAX_WALK = 20000;
const PERSON_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:Person|Patient)$/;
/**
 * Identifier systems and types that are never the record number: SSN, driver's licence, passport, and
 * national person numbers by OID (US SSN, Dutch BSN, Danish CPR) or by type (NI, NNxxx).
 */
const NOT_RECORD_ID = /us-ssn|\bssn\b|social.?security|driver|passport|\bbsn\b|(?:2\.16\.840\.1\.113883\.(?:4\.1|2\.4\.6\.3)|1\.2\.208\.176\.1\.2)$/i;
const NOT_RECORD_TYPE = /^(?:SS|SB|DL|PPN|NI|NN[A-Z]{3})$/;
/** Script variables single-page apps keep their initial state in. */
// Remix and React Router hand over their loaders' data (`__remixContext`, `__reactRouterContext`,
// `__staticRouterHydrationData`), Pinia its stores (`__pinia`).
const STATE_ASSIGNMENT =
  /(?:__(?:NEXT_DATA|NUXT|INITIAL_STATE|APOLLO_STATE|PRELOADED_STATE|REDUX_STATE|APP_STATE|STATE|DATA)__|__remixContext|__reactRouterContext|__staticRouterHydrationData|__pinia|initialState|preloadedState)["']?\]?\s*=\s*/g;
/** GraphQL typenames of a store's patient (a payer's member, a home's resident, an agency's client). */
const APP_PERSON_TYPE = /^(?:Patient|Member|Resident|Client)$/;
const AMBULATORY_CLASS = /^(?:AMB|VR|outpatient|ambulatory|virtual)$/i;
const ACTIVE_ENCOUNTER = new Set(['in-progress', 'arrived', 'onleave', 'triaged', 'planned', 'active']);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };

export interface Candidate {
  fields: Partial<Record<ContextField, string>>;
  notIds?: string[];
  how: string;
  state: boolean;
  id?: string;
  dischargeActual?: boolean;
  /** Chosen by the address among several records: the store's stays are not told apart by it. */
  addressed?: boolean;
}

const kind = (o: Obj): string | undefined => str(o.resourceType) ?? str(o.__typename);

function fhirName(names: Json | undefined): string | undefined {
  const all = list(names).filter(isObj);
  const chosen = currentName(all);
  if (!chosen) return undefined;
  const given = list(chosen.given).map(str).filter(Boolean).join(' ');
  const family = str(chosen.family);
  return family ? `${given} ${family}`.trim() : str(chosen.text);
}

const typeOf = (id: Obj) => (isObj(id.type) ? id.type : undefined);
export const isRecordId = (id: Obj) => !NOT_RECORD_ID.test(str(id.system) ?? '') && !list(typeOf(id)?.coding).some((c) => isObj(c) && NOT_RECORD_TYPE.test(str(c.code) ?? ''));

function fhirIdentifier(ids: Json | undefined): string | undefined {
  const usable = list(ids).filter(isObj).filter(isRecordId);
  const isMrn = (id: Obj) =>
    list(typeOf(id)?.coding).some((c) => isObj(c) && c.code === 'MR') || /mrn|medical.?record/i.test(`${str(typeOf(id)?.text) ?? ''} ${str(id.system) ?? ''}`);
  const chosen = usable.find(isMrn) ?? usable.find((id) => id.use === 'usual' || id.use === 'official') ?? usable[0];
  return chosen ? str(chosen.value) : undefined;
}

function fhirPhone(telecom: Json | undefined): string | undefined {
  const phone = preferredPhone(list(telecom).filter(isObj));
  return phone ? str(phone.value) : undefined;
}

function fromFhirPatient(p: Obj, how: string, state: boolean): Candidate {
  const id = str(p.id);
  return {
    how,
    state,
    ...(id ? { id } : {}),
    notIds: list(p.identifier).filter(isObj).filter((id) => !isRecordId(id)).map((id) => str(id.value) ?? ''),
    fields: { name: fhirName(p.name), mrn: fhirIdentifier(p.identifier), dob: str(p.birthDate), sex: str(p.gender), phone: fhirPhone(p.telecom) },
  };
}

function schemaIdentifier(v: Json | undefined): string | undefined {
  for (const id of list(v)) {
    if (typeof id === 'string') return str(id);
    if (isObj(id) && !NOT_RECORD_ID.test(`${str(id.propertyID) ?? ''} ${str(id.name) ?? ''}`)) return str(id.value);
  }
  return undefined;
}

function fromSchemaPerson(p: Obj): Candidate {
  const parts = [str(p.givenName), str(p.additionalName), str(p.familyName)].filter(Boolean);
  const gender = str(p.gender)?.replace(/^https?:\/\/schema\.org\//, '');
  return {
    how: 'JSON-LD Person',
    state: false,
    fields: { name: parts.length >= 2 ? parts.join(' ') : str(p.name), mrn: schemaIdentifier(p.identifier), dob: str(p.birthDate), sex: gender, phone: str(p.telephone) },
  };
}

function typesOf(o: Obj): string[] {
  return list(o['@type']).map(str).filter((t): t is string => !!t);
}

/** Top-level subjects only: a Person nested as an article's author is not what the page is about. */
function collectJsonLd(root: Json, out: Candidate[]): void {
  const queue: Json[] = list(root);
  for (let i = 0; i < queue.length && i < 200; i++) {
    const node = queue[i];
    if (!isObj(node)) continue;
    if (Array.isArray(node['@graph'])) queue.push(...list(node['@graph']));
    if (isObj(node.mainEntity)) queue.push(node.mainEntity);
    if (node.resourceType !== undefined) walkFhir(node, out, [], 'FHIR Patient', false);
    else if (typesOf(node).some((t) => PERSON_TYPE.test(t))) out.push(fromSchemaPerson(node));
  }
}

export interface Encounter {
  /** The resource's own id, when it has one (encounter-routed.ts). */
  id?: string;
  start?: string;
  end?: string;
  status?: string;
  subject?: string;
  location?: string;
}

/** Every FHIR or GraphQL Patient and Encounter anywhere in the value (bundles, app state, caches). */
function walkFhir(root: Json, patients: Candidate[], encounters: Encounter[], how: string, state: boolean, url = '', subjects?: EncounterSubject[]): void {
  const stack: Json[] = [root];
  const store = emptySelection();
  // Objects under a `patient` key: a store's patient, untyped.
  const underPatient = new Set<Json>();
  const addressed = state && url ? addressedPersonIds(url) : new Set<string>();
  const first = patients.length;
  for (let n = 0; stack.length > 0 && n < MAX_WALK && patients.length <= 20; n++) {
    const node = stack.pop() as Json;
    if (Array.isArray(node)) {
      for (let i = Math.min(node.length, 500) - 1; i >= 0; i--) stack.push(node[i] as Json);
      continue;
    }
    if (!isObj(node)) continue;
    if (url) noteStore(node, store);
    const type = kind(node);
    // A FHIR resource is read by its own shape (its names a list of HumanNames), never as an app's record.
    const fhir = node.resourceType !== undefined;
    const record = !fhir && ((type && APP_PERSON_TYPE.test(type)) || (!type && underPatient.has(node))) ? withRefs(node, root) : fhir ? undefined : jsonApiRecord(node);
    const app = record ? fromAppPatient(record, how) : undefined;
    if (app) patients.push(app);
    else if (type === 'Patient' && (node.name !== undefined || node.birthDate !== undefined)) {
      patients.push(fromFhirPatient(node, how, state));
      continue;
    }
    const stay = appStay(node);
    if (stay) encounters.push(stay);
    else if (type === 'Encounter' && !ambulatory(node)) {
      const period = isObj(node.period) ? node.period : {};
      const subject = isObj(node.subject) ? str(node.subject.reference) : undefined;
      encounters.push({ id: str(node.id), start: str(period.start), end: str(period.end), status: str(node.status), subject, location: stayLocation(node) });
      const named = subjects ? encounterSubject(node, isRecordId) : undefined;
      if (named) subjects?.push(named);
    }
    // Long-term care keeps a resident, a payer a member: each a store's patient. So do protective services, case
    // management and crisis lines their client, and a study its participant (client-held.ts).
    // Or an app keeps the one open under a selection key (selected-held.ts).
    const held = node.patient ?? node.resident ?? node.member ?? heldClient(node) ?? selectedHeld(node);
    if (isObj(held)) for (const o of [held, ...openRecords(held)]) underPatient.add(o as Json);
    for (const o of addressedEntries(node, addressed)) underPatient.add(o);
    // A CRM record page's own record, its fields unwrapped (crm-record-state.ts).
    const crm = crmHeldRecord(node);
    if (crm) {
      underPatient.add(crm);
      stack.push(crm);
    }
    const body = state ? bodyJson(node) : undefined;
    if (body !== undefined) stack.push(body);
    const values = Object.values(node);
    for (let i = Math.min(values.length, 500) - 1; i >= 0; i--) stack.push(values[i] as Json);
  }
  for (const record of selectedRecords(store, url)) {
    const app = fromAppPatient(record, how);
    if (app) patients.push(app);
  }
  if (state) patients.push(...addressedOne(patients.splice(first), addressed));
}

/** An ambulatory or virtual visit's start is when the visit began, not an admission. */
function ambulatory(encounter: Obj): boolean {
  const codes = list(encounter.class).flatMap((c) => (isObj(c) ? [c.code, ...list(c.coding).map((x) => (isObj(x) ? x.code : undefined))] : []));
  return codes.some((c) => typeof c === 'string' && AMBULATORY_CLASS.test(c));
}

const namesPatient = (subject: string, id: string) => subject.endsWith(`/${id}`) || subject === id || subject === `#${id}`;

/** The encounter that is this patient's stay: the only one, else the one under way. */
function attachEncounter(patient: Candidate, encounters: Encounter[]): void {
  // A contained Patient is referenced by its local id ("#p1"), an Encounter's own resource holding it.
  const own = encounters.filter((e) => !e.subject || !patient.id || namesPatient(e.subject, patient.id));
  const stay = own.length === 1 ? own[0] : own.find((e) => e.status && ACTIVE_ENCOUNTER.has(e.status) && e.status !== 'planned');
  if (!stay?.start) return;
  patient.fields.admitDate = stay.start;
  if (stay.location) patient.fields.location = stay.location;
  if (stay.end) {
    patient.fields.dischargeDate = stay.end;
    patient.dischargeActual = stay.status === 'finished';
  }
}

/** JSON.parse with a size cap; pathological nesting is refused by the parser's own stack or the walk caps. */
function parseJson(text: string): Json | undefined {
  if (text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The end of the JSON object or array starting at `from`, skipping strings; -1 when it never closes. */
function balancedEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/** `window.__INITIAL_STATE__ = {…}` or `= JSON.parse("…")` in an inline script → the value. */
function stateAssignments(text: string): Json[] {
  const out: Json[] = [];
  STATE_ASSIGNMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATE_ASSIGNMENT.exec(text)) && out.length < 4) {
    let at = m.index + m[0].length;
    const parsed = /^JSON\.parse\(\s*(["'])/.exec(text.slice(at, at + 20));
    if (parsed) {
      at += parsed[0].length;
      const quote = parsed[1] as string;
      let end = at;
      while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
      const literal = text.slice(at, end);
      const asJson = quote === '"' ? literal : literal.replace(/\\'/g, "'").replace(/"/g, '\\"');
      try {
        const inner = JSON.parse(`"${asJson}"`) as string;
        const value = parseJson(inner);
        if (value !== undefined) out.push(value);
      } catch {
        // not a JSON string after all
      }
      continue;
    }
    if (text[at] !== '{' && text[at] !== '[' && text[at] !== '(') continue;
    const end = text[at] === '(' ? -1 : balancedEnd(text, at);
    // Not JSON: a JavaScript literal (unquoted keys) or Nuxt 2's function around one.
    const value = (end > 0 ? parseJson(text.slice(at, end)) : undefined) ?? (text.length <= MAX_SCRIPT_CHARS ? jsStateValue(text, at) : undefined);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/**
 * The JSON values a script block holds, by its type. Remembered per element while its text stays
 * the same: the reader runs again on every page change, and an app's bundle is scanned once.
 */
const parsedBlocks = new WeakMap<Element, { text: string; values: Json[] }>();

function blockValues(s: Element, type: string, text: string): Json[] {
  const known = parsedBlocks.get(s);
  if (known && known.text === text) return known.values;
  // Ember FastBoot hands its store over in a `fastboot/shoebox` block of JSON.
  const parsed = type === 'application/ld+json' || type === 'application/fhir+json' || type === 'application/json' || type === 'fastboot/shoebox' ? parseJson(text) : undefined;
  const json = parsed !== undefined && isDevalue(parsed) ? unflatten(parsed) : parsed;
  const values = json !== undefined ? [json] : type === '' || type === 'text/javascript' || type === 'module' ? stateAssignments(text) : [];
  parsedBlocks.set(s, { text, values });
  return values;
}

async function fromScripts(doc: Document, env: ReadEnv, out: Candidate[], encounters: Encounter[]): Promise<void> {
  // The live per-tag collection is cached by the engine, unlike a selector query over the whole tree.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < MAX_SCRIPTS; i++) {
    if (env.slicer.due()) await env.slicer.pause();
    const s = scripts[i];
    if (!s) break;
    const type = (s.getAttribute('type') ?? '').toLowerCase().trim();
    const text = s.textContent ?? '';
    // A block seen before with this text is not searched again: an app's bundle is long and names no patient.
    if (parsedBlocks.get(s)?.text !== text && !mayHoldPatient(text)) {
      parsedBlocks.set(s, { text, values: [] });
      continue;
    }
    for (const json of blockValues(s, type, text)) {
      if (type === 'application/ld+json') collectJsonLd(json, out);
      else if (type === 'application/fhir+json') walkFhir(json, out, encounters, 'FHIR Patient', false);
      else if (type === 'application/json' || type === 'fastboot/shoebox') walkFhir(json, out, encounters, `app state (${s.id || 'JSON'})`, true, env.url ?? doc.URL);
      else walkFhir(json, out, encounters, 'app state (script)', true, env.url ?? doc.URL);
    }
  }
}

function fromStateAttributes(doc: Document, env: ReadEnv, out: Candidate[], encounters: Encounter[]): void {
  for (const text of stateValues(doc)) {
    const json = parseJson(text);
    if (json !== undefined) walkFhir(json, out, encounters, 'app state (attribute)', true, env.url ?? doc.URL);
  }
}

/**
 * A FHIR resource printed as JSON on the page (a server's resource view, a Bundle from `$everything`):
 * what the user sees, so it speaks like a narrative, and a second patient in it is a second client.
 */
function fromShownJson(doc: Document, env: ReadEnv, out: Candidate[], encounters: Encounter[], subjects: EncounterSubject[]): void {
  // Or in a JSON tab's textarea (fhir-json-editor.ts).
  for (const pre of shownJsonBlocks(doc, MAX_SHOWN_JSON)) {
    const text = pre.textContent ?? '';
    // Or printed as XML (fhir-printed-xml.ts).
    const xml = !showsFhir(text) && showsFhirXml(text);
    if ((!xml && !showsFhir(text)) || !env.vis.isVisible(pre)) continue;
    const values = xml ? [printedXmlFhir(text)].filter((v): v is Json => v !== undefined) : blockValues(pre, 'application/json', text);
    // A history's older versions are the same record (fhir-history.ts).
    for (const json of values) walkFhir(newestVersion(json), out, encounters, 'FHIR resource shown', false, '', subjects);
  }
}

/** FHIR JSON the page prints, shown or in a hidden tab (a guide's JSON view): read only to refuse a value (fhir-resource-id.ts). */
export function printedFhir(doc: Document): Json[] {
  const out: Json[] = [];
  const pres = doc.getElementsByTagName('pre');
  for (let i = 0; i < MAX_SHOWN_JSON; i++) {
    const pre = pres[i];
    if (!pre) break;
    const text = pre.textContent ?? '';
    if (showsFhir(text)) out.push(...blockValues(pre, 'application/json', text));
  }
  return out;
}

function itempropValue(el: Element): string | null {
  const content = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.localName === 'data' ? el.getAttribute('value') : null);
  return content !== null ? content.slice(0, 200) : shortText(el);
}

function fromMicrodata(doc: Document, env: ReadEnv, out: Candidate[]): void {
  for (const item of allVisible(doc, '[itemscope][itemtype]', env.vis, 20)) {
    const type = (item.getAttribute('itemtype') ?? '').trim();
    if (!PERSON_TYPE.test(type.replace(/^https?:\/\/schema\.org\//, '')) || item.parentElement?.closest('[itemscope]')) continue;
    const props: Record<string, string> = {};
    for (const el of Array.from(item.querySelectorAll('[itemprop]')).slice(0, 100)) {
      // Properties of a nested item (an address, an employer) belong to that item.
      if (el.hasAttribute('itemscope') || el.closest('[itemscope]') !== item) continue;
      const key = el.getAttribute('itemprop') ?? '';
      const value = itempropValue(el);
      if (value && props[key] === undefined && env.vis.isVisible(el)) props[key] = value;
    }
    const parts = [props.givenName, props.additionalName, props.familyName].filter(Boolean);
    out.push({
      how: 'microdata Person',
      state: false,
      fields: {
        name: parts.length >= 2 ? parts.join(' ') : props.name,
        mrn: props.identifier,
        dob: props.birthDate,
        sex: props.gender?.replace(/^https?:\/\/schema\.org\//, ''),
        phone: props.telephone,
      },
    });
  }
}

function identity(reading: Reading): string {
  const f = reading.fields;
  return `${(f.name ?? '').toLowerCase()}|${f.mrn ?? ''}|${f.dob ?? ''}`;
}

/** Every distinct person the page's structured data describes (none, one, or several). */
export async function readStructured(doc: Document, env: ReadEnv): Promise<StructuredReading[]> {
  const found: Candidate[] = [];
  const encounters: Encounter[] = [];
  await fromScripts(doc, env, found, encounters);
  fromStateAttributes(doc, env, found, encounters);
  // Encounters the user sees, the only place a page may name its patient by an Encounter's subject (fhir-encounter-subject.ts).
  const subjects: EncounterSubject[] = [];
  fromShownJson(doc, env, found, encounters, subjects);
  fromMicrodata(doc, env, found);
  const xml = rawFhir(doc);
  if (xml) walkFhir(xml, found, encounters, 'FHIR resource file', false, '', subjects);
  // Or a console's table of element paths and values (fhir-element-table.ts).
  for (const table of elementTables(doc, (e) => env.vis.isVisible(e))) walkFhir(table, found, encounters, 'FHIR element table', false, '', subjects);
  const cda = fromRawCda(doc);
  if (cda) found.push(cda);
  // Or an HL7 v2 message's ER7 text (hl7v2-er7.ts).
  found.push(...er7Candidates(doc, (e) => env.vis.isVisible(e)));
  // Or its fields under their paths in a viewer's grid, tree or XML (hl7v2-paths.ts).
  found.push(...pathCandidates(doc, (e) => env.vis.isVisible(e)));
  const bySubject = found.length === 0 ? subjectCandidate(subjects, 'FHIR Encounter subject shown') : undefined;
  if (bySubject) found.push(bySubject);
  const patients = found.filter((c) => c.how !== 'JSON-LD Person' && c.how !== 'microdata Person');
  if (patients.length === 1 && !patients[0]?.addressed) attachEncounter(patients[0] as Candidate, encounters);
  // Beside other people (a household, a care team's patients), only an encounter that names its patient is theirs.
  else for (const p of patients) if (p.id && !p.addressed) attachEncounter(p, encounters.filter((e) => e.subject && namesPatient(e.subject, p.id as string)));
  const readings = new Map<string, StructuredReading>();
  const opened = addressedPersonIds(env.url ?? doc.URL);
  // Or the patient of the encounter it opens (encounter-routed.ts).
  for (const id of encounterRoutedSubjects(env.url ?? doc.URL, encounters)) opened.add(id);
  for (const c of found) {
    const reading = emptyReading();
    for (const [field, raw] of Object.entries(c.fields) as [ContextField, string | undefined][]) {
      if (raw) put(reading, field, raw, c.how, env, field === 'dischargeDate' ? c.dischargeActual : undefined);
    }
    // A bare schema.org Person (an author, a contact) is not a client; a FHIR Patient always is.
    const f = reading.fields;
    if (!f.name || (c.how.endsWith('Person') && !f.dob && !f.mrn)) continue;
    const key = identity(reading);
    // The same patient in two places (a launch context and the app state) counts once, as the surer.
    const seen = readings.get(key);
    const routed = c.state && c.id !== undefined && opened.has(c.id);
    if (!seen || (seen.state && !c.state)) readings.set(key, { reading, state: c.state, notIds: c.notIds, shown: async () => (await shownOnPage(doc, env, f.name as string)) || (!!f.mrn && (await maskedIdShown(doc, env, f.mrn))), greeted: () => greetsGiven(doc, env, f.name as string), ...(routed ? { routed } : {}) });
  }
  return [...readings.values()];
}
