import { BACKUP_STORES, DEVICE_META_KEYS, MAX_RECORDS_PER_STORE, metaEntry, recordProblem, type BackupStore } from './records';

/**
 * The backup file: every store, tombstones included, so a restore on another machine (or after
 * "erase all") knows what was deleted as well as what exists. Pure: the store reads and writes.
 */
export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;
/** A backup file above this is refused before parsing: no real caseload comes near it. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface BackupRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  rev: number;
  deleted?: true;
}

export interface BackupMetaEntry {
  key: string;
  value: unknown;
}

export type BackupStores = Record<BackupStore, BackupRecord[]> & { meta: BackupMetaEntry[] };

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

/** JSON with object keys sorted at every depth: the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function buildBackup(stores: BackupStores, schemaVersion: number, exportedAt: number): Promise<BackupFile> {
  const meta = stores.meta.filter((entry) => !DEVICE_META_KEYS.includes(entry.key));
  const payload: BackupPayload = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt, stores: { ...stores, meta } };
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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface ValidateOptions {
  /** The schema version of this build: a file from a newer build is refused, not guessed at. */
  currentSchemaVersion: number;
  /** Called between chunks with the share done (0..1), so a big file does not freeze the page. */
  onProgress?: (done: number) => void | Promise<void>;
  chunkSize?: number;
}

/** Full check of a parsed backup before anything is written; throws BackupError. */
export async function validateBackup(data: unknown, options: ValidateOptions): Promise<BackupFile> {
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('not-rapport');
  if (data.version !== BACKUP_VERSION) throw new BackupError('version', String(data.version));
  const { schemaVersion, exportedAt, stores, checksum } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) throw new BackupError('invalid', 'schemaVersion');
  if (schemaVersion > options.currentSchemaVersion) throw new BackupError('schema-newer', String(schemaVersion));
  if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt)) throw new BackupError('invalid', 'exportedAt');
  if (typeof checksum !== 'string') throw new BackupError('checksum');
  if (!isObject(stores)) throw new BackupError('invalid', 'stores');
  const known: readonly string[] = [...BACKUP_STORES, 'meta'];
  const unknown = Object.keys(stores).find((name) => !known.includes(name));
  if (unknown !== undefined) throw new BackupError('invalid', `unknown store ${unknown.slice(0, 50)}`);

  // The checksum before the record walk: a damaged file says "damaged", not "record 4 is odd".
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt, stores } as BackupPayload;
  if ((await sha256Hex(canonicalJson(file))) !== checksum) throw new BackupError('checksum');

  // Older files may lack stores added since: those are simply empty.
  const complete = Object.fromEntries(known.map((name) => [name, stores[name] ?? []])) as unknown as BackupStores;
  const total = known.reduce((n, name) => n + (Array.isArray(complete[name as BackupStore]) ? complete[name as BackupStore].length : 0), 0);
  const chunk = options.chunkSize ?? 2000;
  let done = 0;
  for (const name of known) {
    const records: unknown = complete[name as BackupStore];
    if (!Array.isArray(records)) throw new BackupError('invalid', `${name} is not a list`);
    if (records.length > MAX_RECORDS_PER_STORE) throw new BackupError('too-large', name);
    const seen = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const record: unknown = records[i];
      const problem = name === 'meta' ? metaEntry(record) : recordProblem(name as BackupStore, record);
      if (problem) throw new BackupError('invalid', `${name}[${i}] ${problem}`);
      const key = name === 'meta' ? (record as BackupMetaEntry).key : (record as BackupRecord).id;
      if (seen.has(key)) throw new BackupError('invalid', `${name}[${i}] duplicate id`);
      seen.add(key);
      if (++done % chunk === 0) await options.onProgress?.(done / total);
    }
  }
  uniqueSiteOrigins(complete.sites);
  await options.onProgress?.(1);
  return { ...file, checksum };
}

/** `sites.origin` is a unique index: two live profiles for one origin would abort the write. */
function uniqueSiteOrigins(sites: readonly BackupRecord[]): void {
  const origins = new Set<string>();
  for (const site of sites) {
    if (site.deleted) continue;
    const origin = (site as unknown as { origin: string }).origin;
    if (origins.has(origin)) throw new BackupError('invalid', `sites: two profiles for ${origin.slice(0, 100)}`);
    origins.add(origin);
  }
}
