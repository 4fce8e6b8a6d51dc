import { isTombstone, type StoreName, type Stored } from '../records';
import { indexHash, openBytes, sealBytes, type DataKeys, type SealedBlob } from './crypto';

/**
 * What stays readable without the passphrase, per store. Everything else in a record (names, dates
 * of birth, MRNs, phone, notes, reasons, pain-point text, preferences, ...) is sealed with AES-GCM.
 * Kept in the clear: record meta (id, times, revision), the opaque client id that links records,
 * and the timestamps and statuses the badge count and the transaction-internal bookkeeping use
 * (callback status and due time; contact time, channel, direction and outcome; a client's last
 * contact times). Checklist ticks and taught site selectors hold no free text and stay whole.
 * Indexed identifying values (identity keys, name + DOB, search name) are replaced by HMACs.
 */
const CLEAR_FIELDS: Record<StoreName, readonly string[] | 'all'> = {
  clients: ['lastSuccessAt', 'lastAttemptAt'],
  contacts: ['clientId', 'at', 'channel', 'direction', 'outcome'],
  callbacks: ['clientId', 'dueAt', 'status', 'doneAt'],
  checklists: 'all',
  sites: 'all',
  painPoints: ['clientId', 'status', 'openedAt', 'relievedAt'],
  dispositions: ['clientId', 'ruleId', 'key', 'action', 'at', 'until'],
};

const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'rev'];

/** Client index fields, kept sealed as values and in the clear only as keyed hashes. */
const HASHED_FIELDS = ['identityKeys', 'nameDobKey', 'searchName'] as const;

export interface SealedFields {
  sealed: SealedBlob;
}

export function isSealed(record: unknown): record is SealedFields {
  return typeof record === 'object' && record !== null && 'sealed' in record;
}

export function storeIsSealable(store: StoreName): boolean {
  return CLEAR_FIELDS[store] !== 'all';
}

const placeOf = (store: StoreName, id: string) => `${store}/${id}`;

async function hashedIndexes(keys: DataKeys, record: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') out[field] = await indexHash(keys, value);
    else if (Array.isArray(value)) out[field] = await Promise.all(value.map((v: string) => indexHash(keys, v)));
  }
  return out;
}

/** The record as stored: clear fields, hashed indexes, the rest in one authenticated blob. */
export async function sealRecord<S extends StoreName>(keys: DataKeys, store: S, record: Stored<S>): Promise<Stored<S>> {
  const clearList = CLEAR_FIELDS[store];
  if (clearList === 'all' || isTombstone(record) || isSealed(record)) return record;
  const clear: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (META_FIELDS.includes(field) || clearList.includes(field)) clear[field] = value;
    else secret[field] = value;
  }
  const hashes = store === 'clients' ? await hashedIndexes(keys, secret) : {};
  const blob = await sealBytes(keys, new TextEncoder().encode(JSON.stringify(secret)), placeOf(store, record.id));
  return { ...clear, ...hashes, sealed: blob } as unknown as Stored<S>;
}

/** The record as written. Throws when the blob was altered or moved to another record. */
export async function openRecord<S extends StoreName>(keys: DataKeys, store: S, stored: Stored<S>): Promise<Stored<S>> {
  if (!isSealed(stored)) return stored;
  const { sealed, ...clear } = stored as Stored<S> & SealedFields;
  const secret = JSON.parse(new TextDecoder().decode(await openBytes(keys, sealed, placeOf(store, stored.id)))) as object;
  for (const field of HASHED_FIELDS) delete (clear as Record<string, unknown>)[field];
  return { ...clear, ...secret } as Stored<S>;
}
