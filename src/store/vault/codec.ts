import type { RapportDb } from '../db';
import type { SealedBlob } from './crypto';
import type { StoreName, Stored } from '../../model/records';

export type VaultStatus = 'off' | 'locked' | 'unlocked';

/** Told about each sealed record that could not be opened (its place only: nothing about the person). */
export type UnreadableReport = (place: { store: StoreName; id: string }, error: unknown) => void;

export const warnUnreadable: UnreadableReport = ({ store, id }, error) => console.warn('[rapport] cannot open', `${store}/${id}`, error);

export interface SealedFields {
  sealed: SealedBlob;
}

/** Whether a stored record is sealed; decided without the crypto code, which loads only when needed. */
export function isSealed(record: unknown): record is SealedFields {
  return typeof record === 'object' && record !== null && 'sealed' in record;
}

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('The passphrase does not open this data');
  }
}

export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('Rapport is locked: enter the passphrase to read or change client data');
  }
}

/**
 * How the store turns records into what IndexedDB holds and back. Every method is async (WebCrypto),
 * so callers seal before they open a write transaction and open after their reads are done.
 */
export interface Codec {
  readonly status: VaultStatus;
  seal<S extends StoreName>(store: S, record: Stored<S>): Promise<Stored<S>>;
  open<S extends StoreName>(store: S, stored: Stored<S>): Promise<Stored<S>>;
  /**
   * Opens what can be opened: a record whose blob fails (damaged, or moved to another record) is
   * skipped and reported, never the whole store. Locked, nothing opens: LockedError.
   */
  openAll<S extends StoreName>(store: S, rows: readonly Stored<S>[], unreadable?: UnreadableReport): Promise<Stored<S>[]>;
  /** The value an identifying index holds for `value`. */
  indexKey(value: string): Promise<string>;
}

/** No passphrase set: records are stored as they are. A sealed record means the vault exists. */
const plain: Codec = {
  status: 'off',
  seal: async (_store, record) => record,
  async open(_store, stored) {
    if (isSealed(stored)) throw new LockedError();
    return stored;
  },
  async openAll(_store, rows) {
    if (rows.some(isSealed)) throw new LockedError();
    return [...rows];
  },
  indexKey: async (value) => value,
};

const codecs = new WeakMap<RapportDb, Codec>();

export function codecOf(db: RapportDb): Codec {
  return codecs.get(db) ?? plain;
}

export function setCodec(db: RapportDb, codec: Codec): void {
  codecs.set(db, codec);
}
