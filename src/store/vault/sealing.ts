import { indexHash, openBytes, sealBytes, type DataKeys } from './crypto';
import { isSealed, type SealedFields } from './codec';
import { isTombstone, type StoreName, type Stored } from '../../model/records';

/**
 * What stays readable without the passphrase, per store. Everything else in a record (names, dates
 * of birth, MRNs, phone, notes, reasons, pain-point text, preferences, checklist items and tick
 * times, taught selectors, suggestion keys, which embed dates ...) is sealed with AES-GCM. Kept in
 * the clear: record meta (id, times, revision), the opaque client id that links records, and what
 * the badge count, the caseload filter and the transaction-internal bookkeeping read (callback
 * status and due time; contact time, channel, direction and outcome; a client's last contact
 * times and when they joined the caseload; a taught site's origin, which names the EHR, not a person).
 */
const CLEAR_FIELDS: Record<StoreName, readonly string[]> = {
  clients: ['lastSuccessAt', 'lastAttemptAt', 'enrolledAt'],
  contacts: ['clientId', 'at', 'channel', 'direction', 'outcome'],
  callbacks: ['clientId', 'dueAt', 'status', 'doneAt'],
  checklists: ['clientId'],
  sites: ['origin'],
  painPoints: ['clientId', 'status', 'openedAt', 'relievedAt'],
  dispositions: ['clientId', 'ruleId'],
};

const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'rev'];

/**
 * Identifying values that must still compare equal (index look-ups, a suggestion's occurrence),
 * kept sealed as values and in the clear only as keyed hashes.
 */
const HASHED_FIELDS: Partial<Record<StoreName, readonly string[]>> = {
  clients: ['identityKeys', 'nameDobKey', 'searchName'],
  dispositions: ['key'],
};

const placeOf = (store: StoreName, id: string) => `${store}/${id}`;

async function hashedIndexes(keys: DataKeys, store: StoreName, record: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS[store] ?? []) {
    const value = record[field];
    if (typeof value === 'string') out[field] = await indexHash(keys, value);
    else if (Array.isArray(value)) out[field] = await Promise.all(value.map((v: string) => indexHash(keys, v)));
  }
  return out;
}

/** The record as stored: clear fields, hashed indexes, the rest in one authenticated blob. */
export async function sealRecord<S extends StoreName>(keys: DataKeys, store: S, record: Stored<S>): Promise<Stored<S>> {
  const clearList = CLEAR_FIELDS[store];
  if (isTombstone(record) || isSealed(record)) return record;
  const clear: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (META_FIELDS.includes(field) || clearList.includes(field)) clear[field] = value;
    else secret[field] = value;
  }
  const hashes = await hashedIndexes(keys, store, secret);
  const blob = await sealBytes(keys, new TextEncoder().encode(JSON.stringify(secret)), placeOf(store, record.id));
  return { ...clear, ...hashes, sealed: blob } as unknown as Stored<S>;
}

/** The record as written. Throws when the blob was altered or moved to another record. */
export async function openRecord<S extends StoreName>(keys: DataKeys, store: S, stored: Stored<S>): Promise<Stored<S>> {
  if (!isSealed(stored)) return stored;
  const { sealed, ...clear } = stored as Stored<S> & SealedFields;
  const secret = JSON.parse(new TextDecoder().decode(await openBytes(keys, sealed, placeOf(store, stored.id)))) as object;
  for (const field of HASHED_FIELDS[store] ?? []) delete (clear as Record<string, unknown>)[field];
  return { ...clear, ...secret } as Stored<S>;
}
