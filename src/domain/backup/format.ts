import * as v from 'valibot';
import { ClientRecordSchema, DERIVED_CLIENT_FIELDS, RECORD_SCHEMAS, STORE_NAMES, TombstoneSchema, type ClientRecord, type StoreName, type StoreRecords, type Stored, type Tombstone } from '../../model/records';
import { isDeviceMetaKey, META_KEYS, MetaEntrySchema, metaProblem, PORTABLE_META, type MetaEntry } from '../../model/meta';
import { identityKeysOf } from '../identity/identity';
import { normaliseSettings } from '../settings/settings';
import { describeIssue } from '../../model/issues';
import { canonicalJson } from '../canonical-json';

/**
 * The backup file: every store, tombstones included, so a restore on another machine (or after
 * "erase all") knows what was deleted as well as what exists. Every record is checked against the
 * model's schema on the way out and on the way in: a file that was written can be read back, and
 * a file that does not fit changes nothing. Pure: the store reads and writes.
 */
export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;
/** A backup file above this is refused before parsing: no real caseload comes near it. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** Far above any real caseload, low enough that a hostile file cannot exhaust the page. */
export const MAX_RECORDS_PER_STORE = 1_000_000;

type DerivedField = (typeof DERIVED_CLIENT_FIELDS)[number];
/** A client as a file carries it: without what the store derives (identity and search keys, the contact summary). */
export type FileClient = Omit<ClientRecord, DerivedField>;
export type FileRecord<S extends StoreName> = (S extends 'clients' ? FileClient : StoreRecords[S]) | Tombstone;
export type BackupStores = { [S in StoreName]: FileRecord<S>[] } & { meta: MetaEntry[] };

const FILE_SCHEMAS: { [S in StoreName]: v.GenericSchema<unknown, FileRecord<S>> } = {
  ...RECORD_SCHEMAS,
  clients: v.omit(ClientRecordSchema, DERIVED_CLIENT_FIELDS),
};

export interface BackupPayload {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  exportedAt: number;
  stores: BackupStores;
}

export interface BackupFile extends BackupPayload {
  /** Hex SHA-256 of canonicalJson(payload): catches a file damaged on disk or edited by hand. */
  checksum: string;
}

export type BackupErrorCode =
  | 'not-json'
  | 'truncated'
  | 'not-rapport'
  | 'version'
  | 'schema-newer'
  | 'checksum'
  | 'invalid'
  | 'too-large'
  | 'passphrase-needed'
  | 'wrong-passphrase';

/** Why a file was refused; `detail` names the store and record where one is at fault. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A stored record as a file carries it: the derived client fields stay behind. */
export function fileRecordOf<S extends StoreName>(store: S, record: Stored<S>): FileRecord<S> {
  if (store !== 'clients' || !isObject(record) || 'deleted' in record) return record as FileRecord<S>;
  const out: Record<string, unknown> = { ...record };
  for (const field of DERIVED_CLIENT_FIELDS) delete out[field];
  return out as FileRecord<S>;
}

/** The record as the schema reads it, or why it cannot be one. Clients may bring derived fields: older files did. */
export function parseFileRecord<S extends StoreName>(store: S, raw: unknown): { record: FileRecord<S> } | { problem: string } {
  const input = isObject(raw) ? fileRecordOf(store, raw as Stored<S>) : raw;
  const schema = isObject(input) && 'deleted' in input ? TombstoneSchema : FILE_SCHEMAS[store];
  const result = v.safeParse(schema, input);
  if (!result.success) return { problem: describeIssue(result.issues[0]) };
  return writtenAsRead(result.output, input) ? { record: result.output as FileRecord<S> } : { problem: 'not in the form Rapport writes it' };
}

/**
 * The schemas transform nothing, so what they read must be what the file holds. The schema library
 * is lenient in two places a file could use to come in other than as written: it takes a list
 * where an object is expected, and silently passes over keys such as `__proto__`.
 */
function writtenAsRead(output: unknown, input: unknown): boolean {
  return canonicalJson(output) === canonicalJson(input);
}

/** Meta a file carries: the portable entries only, settings in the form this version writes them. */
export function portableMeta(entries: readonly MetaEntry[]): MetaEntry[] {
  return entries
    .filter((entry) => !isDeviceMetaKey(entry.key))
    .map((entry) => {
      if (entry.key !== META_KEYS.settings) return entry;
      const zone = (entry.value as { schedule?: { timeZone?: unknown } } | undefined)?.schedule?.timeZone;
      return { key: entry.key, value: normaliseSettings(entry.value, typeof zone === 'string' ? zone : 'UTC') };
    });
}

/** A record that cannot go into a backup as it is, named so the user can repair it or leave it out. */
export interface ExportProblem {
  store: StoreName;
  id: string;
  problem: string;
  /** The client the record is, or is about, when their name can be read: a record id alone tells the user nothing. */
  client?: string;
}

/** Every record that would not pass an import of the file it is about to be written to. */
export function exportProblems(stores: { [S in StoreName]: readonly Stored<S>[] }): ExportProblem[] {
  const names = new Map<unknown, string>();
  for (const client of stores.clients) if (typeof (client as { name?: unknown }).name === 'string') names.set(client.id, (client as ClientRecord).name);
  const problems: ExportProblem[] = [];
  for (const store of STORE_NAMES) {
    for (const record of stores[store] as readonly Stored<StoreName>[]) {
      const parsed = parseFileRecord(store, record);
      if (!('problem' in parsed)) continue;
      const client = names.get(store === 'clients' ? record.id : (record as { clientId?: unknown }).clientId);
      problems.push({ store, id: String((record as { id?: unknown }).id ?? '?'), problem: parsed.problem, ...(client ? { client } : {}) });
    }
  }
  return problems;
}

/** The file, from stores already checked (exportProblems) with anything left out removed. */
export async function buildBackup(stores: { [S in StoreName]: readonly Stored<S>[] } & { meta: MetaEntry[] }, schemaVersion: number, exportedAt: number): Promise<BackupFile> {
  const records = Object.fromEntries(STORE_NAMES.map((store) => [store, stores[store].map((record) => fileRecordOf(store, record as Stored<typeof store>))]));
  const payload: BackupPayload = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion,
    exportedAt,
    stores: { ...(records as Omit<BackupStores, 'meta'>), meta: portableMeta(stores.meta) },
  };
  return { ...payload, checksum: await sha256Hex(canonicalJson(payload)) };
}

/** JSON text of a file, or of an envelope; the `truncated` guess needs only the opening. */
export function parseJson(text: string): unknown {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A file that starts like ours but does not parse was cut short (or damaged) on its way here.
    const head = text.slice(0, 200);
    throw new BackupError(/^\s*\{/.test(head) && head.includes('"rapport-backup') ? 'truncated' : 'not-json');
  }
}

export interface ValidateOptions {
  /** The schema version of this build: a file from a newer build is refused, not guessed at. */
  currentSchemaVersion: number;
  /** Called between chunks with the share done (0..1), so a big file does not freeze the page. */
  onProgress?: (done: number) => void | Promise<void>;
  chunkSize?: number;
}

/**
 * Full check of a parsed backup before anything is written; throws BackupError. What it returns
 * is what the schemas read: only the keys they name, every store present (older files lack some),
 * device meta dropped.
 */
export async function validateBackup(data: unknown, options: ValidateOptions): Promise<BackupFile> {
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('not-rapport');
  if (data.version !== BACKUP_VERSION) throw new BackupError('version', String(data.version).slice(0, 20));
  const { schemaVersion, exportedAt, stores, checksum } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) throw new BackupError('invalid', 'schemaVersion');
  if (schemaVersion > options.currentSchemaVersion) throw new BackupError('schema-newer', String(schemaVersion));
  if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt)) throw new BackupError('invalid', 'exportedAt');
  if (typeof checksum !== 'string') throw new BackupError('checksum');
  const extra = Object.keys(data).find((key) => !['format', 'version', 'schemaVersion', 'exportedAt', 'stores', 'checksum'].includes(key));
  if (extra !== undefined) throw new BackupError('invalid', `${extra.slice(0, 50)}: not expected`);
  if (!isObject(stores)) throw new BackupError('invalid', 'stores');
  const known: readonly string[] = [...STORE_NAMES, 'meta'];
  const unknown = Object.keys(stores).find((name) => !known.includes(name));
  if (unknown !== undefined) throw new BackupError('invalid', `unknown store ${unknown.slice(0, 50)}`);

  // The checksum before the record walk: a damaged file says "damaged", not "record 4 is odd".
  const payload = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt, stores };
  if ((await sha256Hex(canonicalJson(payload))) !== checksum) throw new BackupError('checksum');

  for (const name of known) {
    const list = stores[name] ?? [];
    if (!Array.isArray(list)) throw new BackupError('invalid', `${name} is not a list`);
    if (list.length > MAX_RECORDS_PER_STORE) throw new BackupError('too-large', name);
  }
  const lists = (name: string) => (stores[name] ?? []) as unknown[];
  const total = known.reduce((n, name) => n + lists(name).length, 0);
  const chunk = options.chunkSize ?? 2000;
  let done = 0;
  const tick = async () => {
    if (++done % chunk === 0) await options.onProgress?.(done / total);
  };

  const parsed = {} as Record<StoreName, FileRecord<StoreName>[]>;
  for (const store of STORE_NAMES) {
    const seen = new Set<string>();
    parsed[store] = [];
    for (const [i, raw] of lists(store).entries()) {
      const result = parseFileRecord(store, raw);
      if ('problem' in result) throw new BackupError('invalid', `${store}[${i}] ${result.problem}`);
      if (seen.has(result.record.id)) throw new BackupError('invalid', `${store}[${i}] duplicate id`);
      seen.add(result.record.id);
      parsed[store].push(result.record);
      await tick();
    }
  }
  const meta: MetaEntry[] = [];
  const metaKeys = new Set<string>();
  for (const [i, raw] of lists('meta').entries()) {
    const result = v.safeParse(MetaEntrySchema, raw);
    if (!result.success) throw new BackupError('invalid', `meta[${i}] ${describeIssue(result.issues[0])}`);
    if (!writtenAsRead(result.output, raw)) throw new BackupError('invalid', `meta[${i}] not in the form Rapport writes it`);
    const problem = metaProblem(result.output);
    if (problem) throw new BackupError('invalid', `meta[${i}] ${problem}`);
    const schema = (PORTABLE_META as Record<string, v.GenericSchema>)[result.output.key];
    if (schema && !writtenAsRead(v.parse(schema, result.output.value), result.output.value)) {
      throw new BackupError('invalid', `meta[${i}] not in the form Rapport writes it`);
    }
    if (metaKeys.has(result.output.key)) throw new BackupError('invalid', `meta[${i}] duplicate key`);
    metaKeys.add(result.output.key);
    if (!isDeviceMetaKey(result.output.key)) meta.push(result.output);
    await tick();
  }
  uniqueSiteOrigins(parsed.sites as FileRecord<'sites'>[]);
  uniqueIdentities(parsed.clients as FileRecord<'clients'>[]);
  await options.onProgress?.(1);
  const checked: BackupStores = { ...(parsed as Omit<BackupStores, 'meta'>), meta: portableMeta(meta) };
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt, stores: checked, checksum };
}

/** `sites.origin` is a unique index: two live profiles for one origin would abort the write. */
function uniqueSiteOrigins(sites: readonly FileRecord<'sites'>[]): void {
  const origins = new Set<string>();
  for (const site of sites) {
    if ('deleted' in site) continue;
    if (origins.has(site.origin)) throw new BackupError('invalid', `sites: two profiles for ${site.origin.slice(0, 100)}`);
    origins.add(site.origin);
  }
}

/** One chart (system and MRN) is one client: two live clients in one file claiming it cannot both be right. */
function uniqueIdentities(clients: readonly FileRecord<'clients'>[]): void {
  const owners = new Map<string, number>();
  clients.forEach((client, i) => {
    if ('deleted' in client) return;
    for (const key of identityKeysOf(client.identities)) {
      const other = owners.get(key);
      if (other !== undefined) throw new BackupError('invalid', `clients[${i}] shares a chart with clients[${other}]`);
      owners.set(key, i);
    }
  });
}
