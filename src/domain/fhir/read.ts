import * as v from 'valibot';
import { CallbackRecordSchema, ClientRecordSchema, ContactRecordSchema, type CallbackRecord, type ClientRecord, type ContactRecord } from '../../model/records';
import { normaliseMrn } from '../identity/identity';
import { COMMUNICATION_MEDIUM, DEFAULT_CALLBACK_DESCRIPTION, RAPPORT_SYSTEM_URN } from './codes';

/**
 * A team server's resources → the shared fields of Rapport's records: the inverse of export.ts for
 * the resources team sync exchanges. Strict: the result must fit the record schema, and anything
 * that does not map cleanly is a problem in words, never a guess.
 */

/** Rapport's identifier system: the value is Rapport's own record id, unique across installs. */
export const RAPPORT_IDENTIFIER_SYSTEM = 'https://rapport.care/fhir/identifier/record';

export type ClientShared = Pick<ClientRecord, 'name' | 'dob' | 'sex' | 'phone' | 'identities'>;
export type ContactShared = Pick<ContactRecord, 'at' | 'channel' | 'direction' | 'outcome' | 'note'>;
export type CallbackShared = Pick<CallbackRecord, 'dueAt' | 'status' | 'doneAt' | 'reason'>;

export type Read<T> =
  | { kind: 'record'; fields: T; rapportIds: string[] }
  /** The server retired it (a status, never a deletion): the record goes here too. */
  | { kind: 'retired'; rapportIds: string[] }
  | { kind: 'problem'; problem: string };

const ClientSharedSchema = v.pick(ClientRecordSchema, ['name', 'dob', 'sex', 'phone', 'identities']);
const ContactSharedSchema = v.pick(ContactRecordSchema, ['at', 'channel', 'direction', 'outcome', 'note']);
const CallbackSharedSchema = v.pick(CallbackRecordSchema, ['dueAt', 'status', 'doneAt', 'reason']);

export interface Json {
  [key: string]: unknown;
}
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
export const instant = (value: unknown): number | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/** Rapport record ids the resource carries (one per device that pushed it). */
export function rapportIdsOf(resource: Json): string[] {
  return list(resource.identifier).flatMap((identifier) => (identifier.system === RAPPORT_IDENTIFIER_SYSTEM && str(identifier.value) ? [identifier.value as string] : []));
}

/** The page system an identifier's system stands for: export.ts wraps non-URL systems in a URN. */
function pageSystemOf(system: string): string {
  return system.startsWith(RAPPORT_SYSTEM_URN) ? decodeURIComponent(system.slice(RAPPORT_SYSTEM_URN.length)) : system;
}

/** `Patient/<id>` (relative or absolute) → the id. */
export function patientIdOf(reference: unknown): string | undefined {
  const match = (isObject(reference) ? str(reference.reference) : undefined)?.match(/(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})$/);
  return match?.[1];
}

export function checked<T>(schema: v.GenericSchema<unknown, T>, fields: object, what: string, id: unknown, rapportIds: string[]): Read<T> {
  const withoutUndefined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const parsed = v.safeParse(schema, withoutUndefined);
  if (parsed.success) return { kind: 'record', fields: parsed.output, rapportIds };
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return { kind: 'problem', problem: `${what} ${String(id ?? '')}: ${path ? `${path} ` : ''}${issue.message}`.slice(0, 300) };
}

const GENDER_WORDS: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

export function readPatient(resource: Json): Read<ClientShared> {
  const rapportIds = rapportIdsOf(resource);
  if (resource.active === false) return { kind: 'retired', rapportIds };
  const [name] = list(resource.name);
  const given = Array.isArray(name?.given) ? name.given.filter((part): part is string => typeof part === 'string') : [];
  const text = str(name?.text) ?? [...given, str(name?.family) ?? ''].join(' ').trim();
  const phone = list(resource.telecom).find((telecom) => telecom.system === 'phone');
  const identities = list(resource.identifier).flatMap((identifier) => {
    const system = str(identifier.system);
    const value = str(identifier.value);
    return system && value && system !== RAPPORT_IDENTIFIER_SYSTEM ? [{ system: pageSystemOf(system), mrn: normaliseMrn(value) }] : [];
  });
  const gender = str(resource.gender);
  return checked(
    ClientSharedSchema,
    { name: text, dob: resource.birthDate, sex: gender === undefined ? undefined : (GENDER_WORDS[gender] ?? gender), phone: str(phone?.value), identities },
    'Patient',
    resource.id,
    rapportIds,
  );
}

const CHANNEL_BY_CODE = new Map(Object.entries(COMMUNICATION_MEDIUM).map(([channel, { code }]) => [code, channel]));

export function readCommunication(resource: Json): Read<ContactShared> {
  const rapportIds = rapportIdsOf(resource);
  if (resource.status === 'entered-in-error') return { kind: 'retired', rapportIds };
  const code = list(list(resource.medium)[0]?.coding)[0]?.code;
  const reason = isObject(resource.statusReason) ? str(resource.statusReason.text) : undefined;
  const outcome = resource.status === 'completed' ? 'reached' : resource.status === 'not-done' ? reason : undefined;
  return checked(
    ContactSharedSchema,
    {
      at: instant(resource.sent),
      channel: typeof code === 'string' ? CHANNEL_BY_CODE.get(code) : undefined,
      direction: resource.sender !== undefined ? 'inbound' : 'outbound',
      outcome,
      note: str(list(resource.note)[0]?.text),
    },
    'Communication',
    resource.id,
    rapportIds,
  );
}

/** Task statuses that mean "nothing is owed any more, and it was not done". */
const TASK_RETIRED = new Set(['cancelled', 'entered-in-error', 'rejected', 'failed']);
const TASK_OPEN = new Set(['draft', 'requested', 'received', 'accepted', 'ready', 'in-progress', 'on-hold']);

export function readCallbackTask(resource: Json): Read<CallbackShared> {
  const rapportIds = rapportIdsOf(resource);
  const status = str(resource.status) ?? '';
  if (TASK_RETIRED.has(status)) return { kind: 'retired', rapportIds };
  const done = status === 'completed';
  const description = str(resource.description);
  return checked(
    CallbackSharedSchema,
    {
      dueAt: instant(isObject(resource.executionPeriod) ? resource.executionPeriod.end : undefined),
      status: done ? 'done' : TASK_OPEN.has(status) ? 'open' : status,
      doneAt: done ? instant(resource.lastModified) : undefined,
      reason: description === DEFAULT_CALLBACK_DESCRIPTION ? undefined : description,
    },
    'Task',
    resource.id,
    rapportIds,
  );
}

/** Two spellings of one sex ("F", "female", "Female") are no change. */
export function sameSex(a: string | undefined, b: string | undefined): boolean {
  const key = (sex: string | undefined) => (sex ?? '').trim().charAt(0).toLowerCase();
  return key(a) === key(b);
}
