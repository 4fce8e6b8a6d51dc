import type { ClientRecord } from '../../model/records';
import { isActualDischarge } from '../discharge/stay';
import { daysBetweenDates, isValidCalendarDate } from '../time/dates';
import { isObject, list, type Json } from './read';

/**
 * A client's hospital stay ⇄ one FHIR R4 Encounter per Patient (class IMP, inpatient): admission
 * is `period.start`, a discharge that happened is `period.end` with status `finished`, and an
 * expected discharge is R5's `plannedEndDate` carried by its R4 cross-version extension.
 *
 * Why an Encounter and not the discharge CarePlan (or an EpisodeOfCare): the stay is the hospital's
 * fact, not the care manager's plan. The CarePlan exists only once discharge checklist items do,
 * while a stay is known from the day of admission; an EpisodeOfCare is the care programme's
 * span (months of care management), not a week in hospital. An Encounter is where an EHR's own
 * FHIR API states the stay, so a colleague's device, or any FHIR reader, finds it where it looks.
 *
 * Field-wise like the Patient's details: admission and discharge are two fields, the discharge's
 * date and whether it happened travelling together (an actual flag without its date means nothing).
 */

export const STAY_IDENTIFIER_SYSTEM = 'https://rapport.care/fhir/identifier/stay';
/** The search token that finds Rapport's stay Encounters, whatever device wrote them. */
export const STAY_TOKEN = `${STAY_IDENTIFIER_SYSTEM}|`;
/** A stay is named by its Patient's id (one stay per Patient): the server's id in sync, the client's own in an export. */
export const stayIdentifier = (patientId: string) => ({ system: STAY_IDENTIFIER_SYSTEM, value: patientId });
export const PLANNED_END_URL = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.plannedEndDate';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export type StayFields = Pick<ClientRecord, 'admitDate' | 'dischargeDate' | 'dischargeActual'>;
export const STAY_FIELDS = ['admitDate', 'dischargeDate', 'dischargeActual'] as const satisfies readonly (keyof StayFields)[];
type StayField = (typeof STAY_FIELDS)[number];
export const isStayField = (field: string): field is StayField => (STAY_FIELDS as readonly string[]).includes(field);

/** The stay's fields among those a change touched; a discharge field brings its partner. */
export function changedStayFields(changed: readonly string[] | undefined): StayField[] {
  if (!changed) return [...STAY_FIELDS];
  const discharge = changed.includes('dischargeDate') || changed.includes('dischargeActual');
  return STAY_FIELDS.filter((field) => (field === 'admitDate' ? changed.includes(field) : discharge));
}

export const hasStay = (stay: StayFields) => stay.admitDate !== undefined || stay.dischargeDate !== undefined;

const day = (value: unknown): string | undefined => {
  const date = typeof value === 'string' ? value.slice(0, 10) : undefined;
  return date && isValidCalendarDate(date) ? date : undefined;
};

/** An Encounter's stay as a client's fields; a cancelled or mistaken one says there is no stay. */
export function readStay(resource: Json): StayFields {
  if (resource.status === 'cancelled' || resource.status === 'entered-in-error') return {};
  const period = isObject(resource.period) ? resource.period : {};
  const admitDate = day(period.start);
  const ended = day(period.end);
  const planned = day(list(resource.extension).find((extension) => extension.url === PLANNED_END_URL)?.valueDateTime);
  const dischargeDate = ended ?? planned;
  return {
    ...(admitDate ? { admitDate } : {}),
    ...(dischargeDate ? { dischargeDate, dischargeActual: ended !== undefined } : {}),
  };
}

export type StayStatus = 'planned' | 'in-progress' | 'finished' | 'cancelled';

/**
 * Where the stay stands on `today` (the user's calendar date): an admission still to come is
 * `planned`, so a colleague or an EHR never reads a booked admission as a patient already in a bed.
 * A discharge flagged actual but dated after today has not happened yet (as for the TCM clock).
 */
export function stayStatus(stay: StayFields, today: string): StayStatus {
  if (!hasStay(stay)) return 'cancelled';
  if (stay.dischargeDate !== undefined && isActualDischarge({ date: stay.dischargeDate, actual: stay.dischargeActual }, today)) return 'finished';
  return stay.admitDate !== undefined && daysBetweenDates(stay.admitDate, today) >= 0 ? 'in-progress' : 'planned';
}

/**
 * The server's Encounter (or a new one) stating `stay` on `today`: the elements the stay owns are rewritten,
 * everything else (another tool's extensions, location, participants) stays as the server has it.
 * No dates at all: `cancelled`, the Encounter is kept (never deleted) and says there is no stay.
 */
export function stayEncounter(stay: StayFields, subject: { reference: string }, today: string, server?: Json): Json {
  const { period: _period, extension: _extension, status: _status, ...kept } = server ?? {};
  const actual = stay.dischargeActual === true && stay.dischargeDate !== undefined;
  const others = list(server?.extension).filter((extension) => extension.url !== PLANNED_END_URL);
  const extension = [...others, ...(stay.dischargeDate !== undefined && !actual ? [{ url: PLANNED_END_URL, valueDateTime: stay.dischargeDate }] : [])];
  const period = { ...(stay.admitDate ? { start: stay.admitDate } : {}), ...(actual ? { end: stay.dischargeDate } : {}) };
  const status = stayStatus(stay, today);
  return {
    resourceType: 'Encounter',
    class: { system: ACT_CODE, code: 'IMP', display: 'inpatient encounter' },
    ...kept,
    subject,
    status,
    ...(Object.keys(period).length ? { period } : {}),
    ...(extension.length ? { extension } : {}),
  };
}

/** This device's stay fields laid over the server's, for the fields it changed (the rest stay the team's). */
export function mergedStay(server: StayFields, local: StayFields, changed: readonly StayField[]): StayFields {
  const merged: StayFields = { ...server };
  for (const field of changed) {
    if (local[field] === undefined) delete merged[field];
    else (merged as Record<string, unknown>)[field] = local[field];
  }
  return merged;
}

/** The team's stay laid over this device's, except the fields changed here and not pushed yet; null: nothing to write. */
export function pulledStay(local: StayFields, server: StayFields, pending: readonly string[] | 'all' | undefined): Partial<StayFields> | null {
  if (pending === 'all') return null;
  const mine = new Set(changedStayFields(pending ?? []));
  const patch: Partial<StayFields> = {};
  let changed = false;
  // A discharge not flagged actual is as good as one flagged not actual: no write for the difference.
  const said = (stay: StayFields, field: StayField) => (field === 'dischargeActual' && stay.dischargeDate !== undefined ? stay.dischargeActual === true : stay[field]);
  for (const field of STAY_FIELDS) {
    if (mine.has(field) || said(local, field) === said(server, field)) continue;
    (patch as Record<string, unknown>)[field] = server[field];
    changed = true;
  }
  return changed ? patch : null;
}
