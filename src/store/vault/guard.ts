import { META_KEYS } from '../../model/plain';
import type { StoreName, Stored } from '../../model/records';
import { onChanged } from '../changes';
import type { RapportDb } from '../db';
import { isSealed, setCodec, type Codec, type UnreadableReport, type VaultStatus } from './codec';
import type { KeyRing } from './keyring';
import type { Vault } from './vault';

/** Loads the crypto code and attaches the real vault: a dynamic import, so it is not in a page's first bytes. */
export type LoadVault = (db: RapportDb, keyRing: KeyRing) => Promise<Vault>;

const loadVault: LoadVault = async (db, keyRing) => (await import('./vault')).Vault.attach(db, keyRing);

/**
 * The codec of a page that must show quickly (the side panel): it holds no crypto code while no
 * passphrase is set, and loads the vault once one is. Whether one is set is the presence of the
 * envelope in meta, read at attach and again on each change notice (key ring or meta "vault"), the
 * same notices the full vault follows. From the moment the envelope is seen, nothing goes through
 * in the clear: writes and index look-ups wait for the crypto code (and fail if it cannot load),
 * and the store sees a status other than "off". While no envelope was seen, sealing is a no-op
 * without I/O, which a clear-path write inside one transaction relies on (clients.ts).
 */
export class VaultGuard implements Codec {
  #vault: Vault | undefined;
  #loading: Promise<Vault> | undefined;
  /** A passphrase is set: from here on nothing is written or looked up in the clear. */
  #envelopeSeen = false;
  /** The last status told to listeners. */
  #told: VaultStatus = 'off';
  readonly #listeners = new Set<(status: VaultStatus) => void>();
  readonly #unsubscribe: (() => void)[] = [];

  private constructor(
    private readonly db: RapportDb,
    private readonly keyRing: KeyRing,
    private readonly load: LoadVault,
  ) {}

  static async attach(db: RapportDb, keyRing: KeyRing, load: LoadVault = loadVault): Promise<VaultGuard> {
    const guard = new VaultGuard(db, keyRing, load);
    setCodec(db, guard);
    const recheck = () => void guard.#checkEnvelope().catch(() => undefined);
    guard.#unsubscribe.push(
      keyRing.onChange(recheck),
      onChanged((change) => {
        if (change.store === 'meta' && change.ids.includes(META_KEYS.vault)) recheck();
      }),
    );
    // Crypto code that fails to load leaves the guard "locked": the lock screen shows, unlock tries again.
    await guard.#checkEnvelope().catch((error: unknown) => console.warn('[rapport] loading the vault', error));
    return guard;
  }

  /** The vault's status; while its code loads after a passphrase was seen, "locked" (nothing opens yet). */
  get status(): VaultStatus {
    if (this.#vault) return this.#vault.status;
    return this.#envelopeSeen ? 'locked' : 'off';
  }

  /** Whether the crypto code is loaded: it must not be while no passphrase is set. */
  get loaded(): boolean {
    return this.#vault !== undefined;
  }

  onStatus(listener: (status: VaultStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  detach(): void {
    for (const stop of this.#unsubscribe.splice(0)) stop();
    this.#vault?.detach();
  }

  async unlock(passphrase: string): Promise<void> {
    await (await this.#loaded()).unlock(passphrase);
  }

  async lock(): Promise<void> {
    await this.#vault?.lock();
  }

  async seal<S extends StoreName>(store: S, record: Stored<S>): Promise<Stored<S>> {
    const vault = await this.#current();
    return vault ? vault.seal(store, record) : record;
  }

  async open<S extends StoreName>(store: S, stored: Stored<S>): Promise<Stored<S>> {
    if (!this.#vault && !isSealed(stored)) return stored;
    return (await this.#loaded()).open(store, stored);
  }

  async openAll<S extends StoreName>(store: S, rows: readonly Stored<S>[], unreadable?: UnreadableReport): Promise<Stored<S>[]> {
    if (!this.#vault && !rows.some(isSealed)) return [...rows];
    return (await this.#loaded()).openAll(store, rows, unreadable);
  }

  async indexKey(value: string): Promise<string> {
    const vault = await this.#current();
    return vault ? vault.indexKey(value) : value;
  }

  /** The vault once a passphrase was seen (waiting for its code), undefined while none was. */
  async #current(): Promise<Vault | undefined> {
    if (this.#vault) return this.#vault;
    return this.#envelopeSeen ? this.#loaded() : undefined;
  }

  async #checkEnvelope(): Promise<void> {
    if (this.#vault || this.#envelopeSeen) return;
    if ((await this.db.get('meta', META_KEYS.vault))?.value === undefined) return;
    // Listeners hear the vault's own status once it loads: an unlocked browser never flashes the lock screen.
    this.#envelopeSeen = true;
    await this.#loaded();
  }

  #loaded(): Promise<Vault> {
    this.#loading ??= this.load(this.db, this.keyRing).then(
      (vault) => {
        // The vault made itself the database's codec: the guard stays in front of it.
        setCodec(this.db, this);
        this.#vault = vault;
        this.#unsubscribe.push(vault.onStatus((status) => this.#set(status)));
        this.#set(vault.status);
        return vault;
      },
      (error: unknown) => {
        // A failed load (the extension updated under the panel) is tried again by the next call.
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  #set(status: VaultStatus): void {
    if (status === this.#told) return;
    this.#told = status;
    for (const listener of this.#listeners) listener(status);
  }
}
