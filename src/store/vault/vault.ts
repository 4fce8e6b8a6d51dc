import { META_KEYS } from '../../model/meta';
import { notifyChanged, onChanged } from '../changes';
import { whenOpen, type RapportDb } from '../db';
import { isSealed, setCodec, LockedError, warnUnreadable, type Codec, type UnreadableReport, type VaultStatus } from './codec';
import { EnvelopeError, importDataKeys, indexHash, newDataKey, unwrapDataKey, wrapDataKey, WrappedKeySchema, type DataKeys, type WrappedKey } from './crypto';
import { PBKDF2_ITERATIONS } from '../../domain/crypto/passphrase';
import * as v from 'valibot';
import type { KeyRing } from './keyring';
import { openRecord, sealRecord } from './sealing';
import { withUnversionedFieldsOf } from '../base';
import { STORE_NAMES, type StoreName, type Stored } from '../../model/records';

export const VAULT_META_KEY = META_KEYS.vault;
const CHUNK = 1000;

export interface VaultProgress {
  done: number;
  total: number;
}

export interface VaultOptions {
  /** PBKDF2 work for new envelopes; only tests lower it. */
  iterations?: number;
}

export class VaultStateError extends Error {
  override name = 'VaultStateError';
}

/**
 * Envelope encryption of the database: a random data key seals records; the passphrase only wraps
 * that key (meta "vault"), so changing it rewrites one entry. Each context (panel, options, service
 * worker) holds one Vault; they agree through the key ring and the change channel.
 */
export class Vault implements Codec {
  #status: VaultStatus = 'off';
  #keys: DataKeys | undefined;
  #enabling = false;
  readonly #listeners = new Set<(status: VaultStatus) => void>();
  readonly #unsubscribe: (() => void)[] = [];

  private constructor(
    private readonly db: RapportDb,
    private readonly keyRing: KeyRing,
    private readonly options: VaultOptions,
  ) {}

  /** Reads the vault state and makes the store seal and open through it for this database. */
  static async attach(db: RapportDb, keyRing: KeyRing, options: VaultOptions = {}): Promise<Vault> {
    const vault = new Vault(db, keyRing, options);
    await vault.refresh();
    setCodec(db, vault);
    // A connection closed under a pending refresh has no state left to update: nothing to report.
    const refreshQuietly = () => void vault.refresh().catch(() => undefined);
    vault.#unsubscribe.push(
      keyRing.onChange(refreshQuietly),
      onChanged((change) => {
        if (change.store === 'meta' && change.ids.includes(VAULT_META_KEY)) refreshQuietly();
      }),
    );
    return vault;
  }

  get status(): VaultStatus {
    return this.#status;
  }

  onStatus(listener: (status: VaultStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  detach(): void {
    for (const stop of this.#unsubscribe.splice(0)) stop();
  }

  async refresh(): Promise<void> {
    // Mid-enable the old database has no envelope yet: it must not turn this window off.
    if (this.#enabling) return;
    // Right after a replacement (another window set a passphrase) the handle is reopening.
    await whenOpen(this.db);
    // Only whether there is one: a damaged envelope still means the data is sealed (and locked).
    const envelope = (await this.db.get('meta', VAULT_META_KEY))?.value;
    const raw = await this.keyRing.load();
    if (envelope === undefined) {
      // "Erase all" removed the envelope: a key left in the ring opens nothing any more.
      if (raw) await this.keyRing.clear();
      return this.#set('off', undefined);
    }
    if (!raw) return this.#set('locked', undefined);
    const same = this.#keys && equalBytes(this.#keys.raw, raw);
    this.#set('unlocked', same ? this.#keys : await importDataKeys(raw));
  }

  /**
   * Sets a passphrase on an unencrypted database: every record is sealed into a fresh database
   * that replaces this one, so no earlier plaintext stays behind in its files (fresh.ts).
   */
  async enable(passphrase: string, onProgress?: (p: VaultProgress) => void): Promise<void> {
    checkPassphrase(passphrase);
    await this.refresh();
    if (this.#status !== 'off') throw new VaultStateError('A passphrase is already set');
    const keys = await newDataKey();
    const envelope = await wrapDataKey(keys, passphrase, this.options.iterations);
    // Unlocked here before the copy: what this window writes meanwhile is sealed already. The key
    // goes to the ring (and so to other windows) only once the new database holds its envelope.
    this.#enabling = true;
    this.#set('unlocked', keys);
    try {
      // Only the options page sets a passphrase: the panel and the worker never load this part.
      const { sealIntoFreshDatabase, sealClearSyncEntry } = await import('./fresh');
      await sealIntoFreshDatabase(this.db, (store, record) => sealRecord(keys, store, record), (entry) => sealClearSyncEntry(keys, entry), envelope, onProgress);
      await this.keyRing.save(keys.raw);
    } catch (error) {
      this.#set('off', undefined);
      throw error;
    } finally {
      this.#enabling = false;
    }
    notifyChanged({ store: 'meta', ids: [VAULT_META_KEY] });
  }

  async unlock(passphrase: string): Promise<void> {
    const envelope = await this.#envelope();
    if (!envelope) throw new VaultStateError('No passphrase is set');
    const keys = await unwrapDataKey(envelope, passphrase, this.#floor());
    await this.keyRing.save(keys.raw);
    this.#set('unlocked', keys);
    // Records a window wrote in the clear before it heard of the passphrase are sealed now, in the
    // background: reading every store takes seconds with a large caseload, and the panel need not wait.
    void this.#sweep('seal').catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) console.warn('[rapport] sealing sweep', error);
    });
  }

  async lock(): Promise<void> {
    if (this.#status === 'off') return;
    this.#set('locked', undefined);
    await this.keyRing.clear();
  }

  /** Rewraps the data key: no record is rewritten. */
  async changePassphrase(current: string, next: string): Promise<void> {
    checkPassphrase(next);
    const envelope = await this.#envelope();
    if (!envelope) throw new VaultStateError('No passphrase is set');
    const keys = await unwrapDataKey(envelope, current, this.#floor());
    await this.db.put('meta', { key: VAULT_META_KEY, value: await wrapDataKey(keys, next, this.options.iterations) });
    notifyChanged({ store: 'meta', ids: [VAULT_META_KEY] });
  }

  /**
   * Removes the passphrase: every record is opened and written back in the clear, and only when a
   * final check in the same transaction finds nothing sealed is the envelope deleted, so a record
   * sealed meanwhile by another panel is never left without its key.
   */
  async disable(passphrase: string, onProgress?: (p: VaultProgress) => void): Promise<void> {
    const envelope = await this.#envelope();
    if (!envelope) throw new VaultStateError('No passphrase is set');
    const keys = await unwrapDataKey(envelope, passphrase, this.#floor());
    this.#set('unlocked', keys);
    await this.keyRing.save(keys.raw);
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.#sweep('open', onProgress);
      if (await this.#dropEnvelopeIfNothingSealed()) {
        await this.keyRing.clear();
        this.#set('off', undefined);
        notifyChanged({ store: 'meta', ids: [VAULT_META_KEY] });
        return;
      }
    }
    throw new VaultStateError('Records kept being sealed by another window: close other Rapport windows and try again');
  }

  async seal<S extends StoreName>(store: S, record: Stored<S>): Promise<Stored<S>> {
    if (this.#status === 'off') return record;
    return sealRecord(this.#unlockedKeys(), store, record);
  }

  async open<S extends StoreName>(store: S, stored: Stored<S>): Promise<Stored<S>> {
    if (!isSealed(stored)) return stored;
    return openRecord(this.#unlockedKeys(), store, stored);
  }

  async openAll<S extends StoreName>(store: S, rows: readonly Stored<S>[], unreadable: UnreadableReport = warnUnreadable): Promise<Stored<S>[]> {
    if (!rows.some(isSealed)) return [...rows];
    const keys = this.#unlockedKeys();
    const opened: (Stored<S> | undefined)[] = await Promise.all(
      rows.map((row) =>
        openRecord(keys, store, row).catch((error: unknown) => {
          unreadable({ store, id: row.id }, error);
          return undefined;
        }),
      ),
    );
    return opened.filter((row) => row !== undefined);
  }

  async indexKey(value: string): Promise<string> {
    if (this.#status === 'off') return value;
    return indexHash(this.#unlockedKeys(), value);
  }

  #unlockedKeys(): DataKeys {
    if (!this.#keys) throw new LockedError();
    return this.#keys;
  }

  #set(status: VaultStatus, keys: DataKeys | undefined): void {
    this.#keys = keys;
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  /** The envelope, when one is there; one that is not the shape this version writes is refused. */
  async #envelope(): Promise<WrappedKey | undefined> {
    const value = (await this.db.get('meta', VAULT_META_KEY))?.value;
    if (value === undefined) return undefined;
    const parsed = v.safeParse(WrappedKeySchema, value);
    if (!parsed.success) throw new EnvelopeError('The passphrase envelope is damaged');
    return parsed.output;
  }

  /** The least PBKDF2 work an envelope may ask for: the shipped floor, lowered only for tests. */
  #floor(): number {
    return Math.min(PBKDF2_ITERATIONS, this.options.iterations ?? PBKDF2_ITERATIONS);
  }

  /**
   * Seals (or opens) every record that needs it, a chunk at a time: WebCrypto runs between
   * transactions, and a record changed meanwhile (revision moved) is left for the next pass.
   */
  async #sweep(direction: 'seal' | 'open', onProgress?: (p: VaultProgress) => void): Promise<void> {
    const keys = this.#unlockedKeys();
    const needsWork = (row: Stored<StoreName>) => (direction === 'seal' ? !isSealed(row) : isSealed(row));
    for (let pass = 0; pass < 5; pass++) {
      const pending = new Map<StoreName, Stored<StoreName>[]>();
      let total = 0;
      for (const store of STORE_NAMES) {
        const rows = (await this.db.getAll(store)).filter(needsWork);
        pending.set(store, rows);
        total += rows.length;
      }
      if (total === 0) return;
      let done = 0;
      let skipped = 0;
      for (const [store, rows] of pending) {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          const next = await Promise.all(
            chunk.map((row) => (direction === 'seal' ? sealRecord(keys, store, row) : openRecord(keys, store, row))),
          );
          skipped += await this.#writeUnchanged(store, chunk, next);
          done += chunk.length;
          onProgress?.({ done, total });
        }
        notifyChanged({ store, ids: rows.map((row) => row.id) });
      }
      if (skipped === 0) return;
    }
  }

  /** Writes each replacement only if its record is still the one read; returns how many were not. */
  async #writeUnchanged<S extends StoreName>(store: S, before: Stored<S>[], after: Stored<S>[]): Promise<number> {
    const tx = this.db.transaction(store, 'readwrite');
    tx.done.catch(() => {});
    const range = IDBKeyRange.bound(before[0]!.id, before[before.length - 1]!.id);
    const current = new Map((await tx.store.getAll(range)).map((row) => [row.id, row]));
    let skipped = 0;
    before.forEach((row, i) => {
      const now = current.get(row.id);
      if (!now || now.rev !== row.rev || now.updatedAt !== row.updatedAt || isSealed(now) !== isSealed(row)) {
        skipped++;
        return;
      }
      void tx.store.put(withUnversionedFieldsOf(store, after[i]!, now) as never);
    });
    await tx.done;
    return skipped;
  }

  async #dropEnvelopeIfNothingSealed(): Promise<boolean> {
    const tx = this.db.transaction([...STORE_NAMES, 'meta' as const], 'readwrite');
    tx.done.catch(() => {});
    for (const store of STORE_NAMES) {
      if ((await tx.objectStore(store).getAll()).some(isSealed)) {
        tx.abort();
        return false;
      }
    }
    await tx.objectStore('meta').delete(VAULT_META_KEY);
    await tx.done;
    return true;
  }
}

export const MIN_PASSPHRASE_LENGTH = 10;

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new RangeError(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
