import type { Bundle, BundleEntry, CarePlan, CodeableConcept, Communication, Condition, Encounter, Patient, Task } from '@medplum/fhirtypes';
import type { CallbackRecord, ChecklistRecord, ClientRecord, ContactRecord, PainPointRecord } from '../../model/records';
import type { Cadence } from '../../model/values';
import { checklistItemTask } from './checklist-task';
import { condition } from './condition';
import { hasStay, stayEncounter, stayIdentifier } from './stay';
import { calendarDateOf } from '../time/dates';
import { COMMUNICATION_MEDIUM, DEFAULT_CALLBACK_DESCRIPTION } from './codes';
import { patientIdentifiers, recordIdentifiers } from './identifiers';
import { fullUrl, idOf, iso, meta, ref, type Meta } from './resource-parts';

/**
 * Records → a FHIR R4 `collection` Bundle, for handing a caseload to an EHR or another tool.
 * Tombstones are never passed in: a deleted record has nothing to export.
 */
export type FhirClient = Meta & Pick<ClientRecord, 'name' | 'dob' | 'sex' | 'phone' | 'identities' | 'tier' | 'cadence' | 'admitDate' | 'dischargeDate' | 'dischargeActual'>;
type FhirContact = Meta & Pick<ContactRecord, 'clientId' | 'at' | 'channel' | 'direction' | 'outcome' | 'note'>;
type FhirCallback = Meta & Pick<CallbackRecord, 'clientId' | 'dueAt' | 'status' | 'reason' | 'doneAt'>;
type FhirChecklist = Meta & Pick<ChecklistRecord, 'clientId' | 'templateId' | 'itemId' | 'ticks'>;
type FhirPainPoint = Meta & Pick<PainPointRecord, 'clientId' | 'text' | 'rootCause' | 'status' | 'openedAt' | 'relievedAt'>;

export interface FhirExportInput {
  clients: readonly FhirClient[];
  contacts: readonly FhirContact[];
  callbacks: readonly FhirCallback[];
  checklists: readonly FhirChecklist[];
  painPoints: readonly FhirPainPoint[];
  /** Each client's contact interval (own, tier's or default), from the user's settings. */
  cadenceOf: (client: FhirClient) => Cadence;
  /** A checklist item's words (they live in _locales); without them a Task describes itself by item id. */
  itemText?: (itemId: string) => string;
  now: number;
  /** The user's zone, for the calendar date a stay's status is judged on (default: the runtime's). */
  timeZone?: string;
}

const PARTICIPATION_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
const GENDER: Record<string, Patient['gender']> = { f: 'female', m: 'male', x: 'other' };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export { identifierSystem } from './identifiers';

export function patient(client: FhirClient): Patient {
  const words = client.name.trim().split(/\s+/);
  const family = words.length > 1 ? words.at(-1) : undefined;
  const given = words.length > 1 ? words.slice(0, -1) : words;
  const gender = GENDER[(client.sex ?? '').trim().charAt(0).toLowerCase()];
  return {
    resourceType: 'Patient',
    ...idOf(client.id),
    ...meta(client),
    identifier: patientIdentifiers(client),
    name: [{ text: client.name, ...(family ? { family } : {}), given }],
    ...(client.phone ? { telecom: [{ system: 'phone', value: client.phone }] } : {}),
    ...(gender ? { gender } : {}),
    ...(client.dob && ISO_DATE.test(client.dob) ? { birthDate: client.dob } : {}),
  };
}

export function communication(contact: FhirContact): Communication {
  const subject = ref('Patient', contact.clientId);
  const medium: CodeableConcept = { coding: [{ system: PARTICIPATION_MODE, ...COMMUNICATION_MEDIUM[contact.channel] }] };
  const reached = contact.outcome === 'reached';
  return {
    resourceType: 'Communication',
    ...idOf(contact.id),
    ...meta(contact),
    identifier: recordIdentifiers(contact),
    // Only a two-way exchange counts as done (domain/contacts.ts): a voicemail is an attempt.
    status: reached ? 'completed' : 'not-done',
    ...(reached ? {} : { statusReason: { text: contact.outcome } }),
    subject,
    ...(contact.direction === 'inbound' ? { sender: subject } : { recipient: [subject] }),
    medium: [medium],
    sent: iso(contact.at),
    ...(contact.note ? { note: [{ text: contact.note }] } : {}),
  };
}

export function callbackTask(callback: FhirCallback): Task {
  const done = callback.status === 'done';
  return {
    resourceType: 'Task',
    ...idOf(callback.id),
    ...meta(callback),
    identifier: recordIdentifiers(callback),
    status: done ? 'completed' : 'requested',
    intent: 'plan',
    description: callback.reason ?? DEFAULT_CALLBACK_DESCRIPTION,
    for: ref('Patient', callback.clientId),
    authoredOn: iso(callback.createdAt),
    lastModified: iso(callback.doneAt ?? callback.updatedAt),
    executionPeriod: { end: iso(callback.dueAt) },
  };
}

/** One plan per client: the contact cadence as its activity, addressing the client's open pain points. */
function carePlan(client: FhirClient, cadence: Cadence, open: readonly FhirPainPoint[]): CarePlan {
  return {
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'plan',
    title: 'Care management contact plan',
    subject: ref('Patient', client.id),
    ...(open.length ? { addresses: open.map((point) => ref<Condition>('Condition', point.id)) } : {}),
    activity: [
      {
        detail: {
          kind: 'CommunicationRequest',
          status: 'in-progress',
          description: `Contact ideally every ${cadence.idealDays} days, at most every ${cadence.maxDays} days`,
          scheduledTiming: { repeat: { frequency: 1, period: cadence.idealDays, periodMax: cadence.maxDays, periodUnit: 'd' } },
        },
      },
    ],
  };
}

export function fhirBundle(input: FhirExportInput): Bundle {
  const entries: BundleEntry[] = [];
  const today = calendarDateOf(input.now, input.timeZone);
  const add = (type: string, id: string, resource: BundleEntry['resource']) => entries.push({ fullUrl: fullUrl(type, id), resource });
  for (const client of input.clients) {
    add('Patient', client.id, patient(client));
    // The plan has no record of its own: its address is derived from the client's.
    add('CarePlan', `careplan-${client.id}`, carePlan(client, input.cadenceOf(client), input.painPoints.filter((point) => point.clientId === client.id && point.status === 'open')));
    // The team server's mapping too, one stay per client, identified as sync identifies it (by its
    // Patient's id): a reader of the export, or a team server it goes to, tells Rapport's stay from
    // the EHR's own visits. A client never in hospital has none to export.
    if (hasStay(client)) {
      const stay = stayEncounter(client, { reference: fullUrl('Patient', client.id) }, today);
      add('Encounter', `stay-${client.id}`, { ...stay, identifier: [stayIdentifier(client.id)] } as unknown as Encounter);
    }
  }
  for (const contact of input.contacts) add('Communication', contact.id, communication(contact));
  for (const callback of input.callbacks) add('Task', callback.id, callbackTask(callback));
  // The team server's mapping: coded by template and item, so a reader (sync's pull among them)
  // tells an item from a callback. An item never ticked has nothing done to export.
  for (const item of input.checklists) if (item.ticks.length > 0) add('Task', item.id, checklistItemTask(item, input.itemText?.(item.itemId)));
  // The team server's mapping: a relieved pain point goes too, resolved, with its relief date.
  for (const point of input.painPoints) add('Condition', point.id, condition(point));
  return { resourceType: 'Bundle', type: 'collection', timestamp: iso(input.now), entry: entries };
}
