import type { LaceInput } from '../domain/discharge/lace';
import type { TcmComplexity } from '../domain/discharge/tcm';
import type { ContextField, DateOrder } from '../context/types';
import type { Cadence, CadenceTier } from '../domain/contacts/cadence';
import type { ClientPreferences } from '../domain/contacts/preferences';

/**
 * Record shapes of the IndexedDB database "rapport". Every live record carries its own meta;
 * a deletion replaces the record with a Tombstone under the same id so that merges and imports
 * never bring it back. Tombstones lack the indexed fields, so no index ever lists them.
 */
export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  rev: number;
}

export interface Tombstone extends RecordMeta {
  deleted: true;
}

/** Where a client was seen: system is the page origin (plus adapter id when one origin hosts several). */
export interface ClientIdentity {
  system: string;
  mrn: string;
  lastUrl?: string;
  lastSeenAt?: number;
}

export interface ClientRecord extends RecordMeta {
  name: string;
  dob?: string;
  sex?: string;
  phone?: string;
  admitDate?: string;
  dischargeDate?: string;
  dischargeActual?: boolean;
  location?: string;
  /** CMS TCM complexity, chosen by the care manager: it sets the face-to-face deadline. */
  tcmComplexity?: TcmComplexity;
  /** TCM work done for one discharge; it only counts while `dischargeDate` is the current one. */
  tcmDone?: { dischargeDate: string; faceToFaceOn?: string; medicationReconciledOn?: string };
  /** The LACE inputs last entered, and when. */
  lace?: LaceInput & { at: number };
  identities: ClientIdentity[];
  /** `${system}|${mrn}` for each identity: multiEntry index for exact look-up. */
  identityKeys: string[];
  /** Normalised name + DOB: a match only proposes a merge. */
  nameDobKey?: string;
  /** Lower-cased name, for search by name. */
  searchName: string;
  /**
   * Each page-sourced field as a page last showed it. A field whose value differs from this was
   * corrected by the user, and a later page visit must not undo the correction.
   */
  seenOnPage?: Partial<Pick<ClientRecord, PageSourcedField>>;
  /** How often this client should hear from us: a tier's defaults, or the client's own interval. */
  tier?: CadenceTier;
  cadence?: Cadence;
  preferences?: ClientPreferences;
  /**
   * Derived from the contact log and kept by the store in the same transaction as each contact
   * write (schema v3), so the caseload never reads every contact of every client.
   */
  lastSuccessAt?: number;
  lastAttemptAt?: number;
}

/** Client fields a page can show (ClientContext minus adapter metadata). */
export type PageSourcedField =
  | 'name'
  | 'dob'
  | 'sex'
  | 'phone'
  | 'admitDate'
  | 'dischargeDate'
  | 'dischargeActual'
  | 'location';

export type ContactChannel = 'call' | 'text' | 'email' | 'visit' | 'video' | 'letter';
export type ContactDirection = 'outbound' | 'inbound';
export type ContactOutcome = 'reached' | 'voicemail' | 'no-answer' | 'message-sent';

export interface ContactRecord extends RecordMeta {
  clientId: string;
  at: number;
  channel: ContactChannel;
  direction: ContactDirection;
  outcome: ContactOutcome;
  note?: string;
  tags: string[];
}

export type CallbackStatus = 'open' | 'done';

export interface CallbackRecord extends RecordMeta {
  clientId: string;
  /** epoch ms */
  dueAt: number;
  status: CallbackStatus;
  reason?: string;
  doneAt?: number;
}

export interface ChecklistRecord extends RecordMeta {
  clientId: string;
  templateId: string;
  itemId: string;
  /** Every time the act was done (epoch ms), newest last: the same act can be done again later. */
  ticks: number[];
}

/** A site the user taught by pointing: selectors used first on that origin (schema v2). */
export interface SiteRecord extends RecordMeta {
  origin: string;
  selectors: Partial<Record<ContextField, string>>;
  dateOrder?: DateOrder;
}

export type PainPointStatus = 'open' | 'relieved';

/** What hurts, the root cause found, and when it was relieved (schema v2). */
export interface PainPointRecord extends RecordMeta {
  clientId: string;
  text: string;
  rootCause?: string;
  status: PainPointStatus;
  openedAt: number;
  relievedAt?: number;
}

export type DispositionAction = 'done' | 'snoozed' | 'dismissed';

/** How the user handled one occurrence of a suggestion, so it does not come back that day (schema v2). */
export interface DispositionRecord extends RecordMeta {
  clientId: string;
  ruleId: string;
  key: string;
  action: DispositionAction;
  at: number;
  until?: number;
  reason?: string;
}

export const STORE_NAMES = ['clients', 'contacts', 'callbacks', 'checklists', 'sites', 'painPoints', 'dispositions'] as const;

export type StoreName = (typeof STORE_NAMES)[number];

export interface StoreRecords {
  clients: ClientRecord;
  contacts: ContactRecord;
  callbacks: CallbackRecord;
  checklists: ChecklistRecord;
  sites: SiteRecord;
  painPoints: PainPointRecord;
  dispositions: DispositionRecord;
}

export type Stored<S extends StoreName> = StoreRecords[S] | Tombstone;

export function isTombstone(record: RecordMeta): record is Tombstone {
  return (record as Tombstone).deleted === true;
}

/**
 * Fields the store keeps up to date without a revision bump (a client's contact summary): a write
 * prepared from an older read must take their current values, or it would roll them back.
 */
const UNVERSIONED_FIELDS: Partial<Record<StoreName, readonly string[]>> = {
  clients: ['lastSuccessAt', 'lastAttemptAt'],
};

export function withUnversionedFieldsOf<R extends RecordMeta>(store: StoreName, target: R, current: RecordMeta): R {
  const fields = UNVERSIONED_FIELDS[store];
  if (!fields || isTombstone(target) || isTombstone(current)) return target;
  const out = { ...target } as Record<string, unknown>;
  for (const field of fields) {
    const value = (current as unknown as Record<string, unknown>)[field];
    if (value === undefined) delete out[field];
    else out[field] = value;
  }
  return out as R;
}
