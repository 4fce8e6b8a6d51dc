import type { ContextField } from '../types';
import { allVisible } from '../dom';
import { shortText } from '../parse/text';
import { emptyReading, put, type ReadEnv, type Reading } from '../reading';

/**
 * Structured data a page carries about its subject: JSON-LD (schema.org Person/Patient), FHIR
 * Patient JSON embedded in script blocks, and microdata. Parsed defensively: only a few blocks,
 * each of bounded size, walked to a bounded depth; anything malformed is skipped.
 */

export type StructuredOutcome = { kind: 'none' } | { kind: 'many' } | { kind: 'one'; reading: Reading; strength: number };

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 256 * 1024;
const MAX_DEPTH = 6;
const MAX_NODES = 2000;
const PERSON_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:Person|Patient)$/;
/** Identifier systems and types that are never the record number (SSN, driver's licence, passport). */
const NOT_RECORD_ID = /us-ssn|\bssn\b|social.?security|driver|passport/i;
const NOT_RECORD_TYPE = new Set(['SS', 'SB', 'DL', 'PPN']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

interface Candidate {
  fields: Partial<Record<ContextField, string>>;
  how: string;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.length <= 200 ? v : undefined);
const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v.slice(0, 50) : v === undefined ? [] : [v]);

function fhirName(names: Json | undefined): string | undefined {
  const all = list(names).filter(isObj);
  const chosen = all.find((n) => n.use === 'official' || n.use === 'usual') ?? all[0];
  if (!chosen) return undefined;
  const given = list(chosen.given).map(str).filter(Boolean).join(' ');
  const family = str(chosen.family);
  return family ? `${given} ${family}`.trim() : str(chosen.text);
}

function fhirIdentifier(ids: Json | undefined): string | undefined {
  const usable = list(ids).filter(isObj).filter((id) => {
    const codes = list(isObj(id.type) ? id.type.coding : undefined).filter(isObj).map((c) => str(c.code) ?? '');
    return !NOT_RECORD_ID.test(str(id.system) ?? '') && !codes.some((c) => NOT_RECORD_TYPE.has(c));
  });
  const isMrn = (id: Obj) =>
    list(isObj(id.type) ? id.type.coding : undefined).some((c) => isObj(c) && c.code === 'MR') ||
    /mrn|medical.?record/i.test(`${str(isObj(id.type) ? id.type.text : undefined) ?? ''} ${str(id.system) ?? ''}`);
  const chosen = usable.find(isMrn) ?? usable.find((id) => id.use === 'usual' || id.use === 'official') ?? usable[0];
  return chosen ? str(chosen.value) : undefined;
}

function fhirPhone(telecom: Json | undefined): string | undefined {
  const phone = list(telecom).filter(isObj).find((t) => t.system === 'phone');
  return phone ? str(phone.value) : undefined;
}

function fromFhirPatient(p: Obj): Candidate {
  return {
    how: 'FHIR Patient',
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
    if (node.resourceType !== undefined) collectFhir(node, out, 0);
    else if (typesOf(node).some((t) => PERSON_TYPE.test(t))) out.push(fromSchemaPerson(node));
  }
}

function collectFhir(node: Json, out: Candidate[], depth: number): void {
  if (depth > MAX_DEPTH || out.length > 20) return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 200)) collectFhir(item, out, depth + 1);
    return;
  }
  if (!isObj(node)) return;
  if (node.resourceType === 'Patient') {
    out.push(fromFhirPatient(node));
    return;
  }
  if (node.resourceType === 'Bundle') for (const e of list(node.entry)) if (isObj(e)) collectFhir(e.resource ?? null, out, depth + 1);
}

/** JSON.parse with a size cap, and a node-count check so pathological nesting is dropped. */
function parseJson(text: string): Json | undefined {
  if (text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    const value = JSON.parse(text) as Json;
    let nodes = 0;
    const stack: { v: Json; d: number }[] = [{ v: value, d: 0 }];
    while (stack.length > 0) {
      const { v, d } = stack.pop() as { v: Json; d: number };
      if (++nodes > MAX_NODES * 10 || d > 40) return undefined;
      if (Array.isArray(v)) for (const x of v) stack.push({ v: x, d: d + 1 });
      else if (isObj(v)) for (const x of Object.values(v)) stack.push({ v: x, d: d + 1 });
    }
    return value;
  } catch {
    return undefined;
  }
}

async function fromScripts(doc: Document, env: ReadEnv, out: Candidate[]): Promise<void> {
  // The live per-tag collection is cached by the engine, unlike a selector query over the whole tree.
  const scripts = doc.getElementsByTagName('script');
  let parsed = 0;
  for (let i = 0; i < scripts.length && parsed < MAX_SCRIPTS; i++) {
    if (env.slicer.due()) await env.slicer.pause();
    const s = scripts[i] as Element;
    if (!s.hasAttribute('type')) continue;
    const type = (s.getAttribute('type') ?? '').toLowerCase().trim();
    const ld = type === 'application/ld+json';
    if (!ld && type !== 'application/fhir+json' && type !== 'application/json') continue;
    const text = s.textContent ?? '';
    // Plain JSON blocks are app state of every kind: only parse those that name a FHIR Patient.
    if (!ld && !(text.includes('"resourceType"') && text.includes('"Patient"'))) continue;
    parsed++;
    const json = parseJson(text);
    if (json === undefined) continue;
    if (ld) collectJsonLd(json, out);
    else collectFhir(json, out, 0);
  }
}

function itempropValue(el: Element): string | null {
  const content = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.tagName === 'DATA' ? el.getAttribute('value') : null);
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

/** The one person the page's structured data describes, "many" when it describes several, else none. */
export async function readStructured(doc: Document, env: ReadEnv): Promise<StructuredOutcome> {
  const found: Candidate[] = [];
  await fromScripts(doc, env, found);
  fromMicrodata(doc, env, found);
  const readings = new Map<string, { reading: Reading; how: string }>();
  for (const c of found) {
    const reading = emptyReading();
    for (const [field, raw] of Object.entries(c.fields) as [ContextField, string | undefined][]) {
      if (raw) put(reading, field, raw, c.how, env);
    }
    // A bare schema.org Person (an author, a contact) is not a client; a FHIR Patient always is.
    const f = reading.fields;
    if (!f.name || (c.how !== 'FHIR Patient' && !f.dob && !f.mrn)) continue;
    readings.set(identity(reading), { reading, how: c.how });
  }
  if (readings.size === 0) return { kind: 'none' };
  if (readings.size > 1) return { kind: 'many' };
  const [{ reading }] = [...readings.values()] as [{ reading: Reading; how: string }];
  const strength = 0.55 + (reading.fields.mrn ? 0.2 : 0) + (reading.fields.dob ? 0.15 : 0) - (reading.ambiguousDates ? 0.1 : 0);
  return { kind: 'one', reading, strength };
}
