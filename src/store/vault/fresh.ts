import { isSyncMetaKey, META_KEYS, type MetaEntry } from '../../model/meta';
import { isTombstone, STORE_NAMES, type StoreName, type Stored } from '../../model/records';
import { whenOpen, type RapportDb } from '../db';
import { readRawStores, type RawStores } from '../raw-stores';
import { replaceDatabase } from '../replace-database';
import { sealBytes, type DataKeys } from './crypto';

/**
 * Setting a passphrase writes the sealed records into a new generation of the database and deletes
 * the old one whole (../generations.ts, ../rewrite.ts). Sealing records in place would leave their
 * earlier plaintext in the browser's database files: a value overwritten or deleted stays on disk
 * until the storage engine compacts it away, and in Chromium only a Storage Bucket's deletion
 * removes its files at once. tests/e2e/encryption-disk.e2e.ts searches the profile's files for the
 * plaintext right after.
 */
type Seal = <S extends StoreName>(store: S, record: Stored<S>) => Promise<Stored<S>>;
type SealMeta = (entry: MetaEntry) => Promise<MetaEntry>;

export interface SealingProgress {
  done: number;
  total: number;
}

export class SealingContentionError extends Error {
  override name = 'SealingContentionError';
  constructor() {
    super('Records kept changing while they were being sealed: close other Rapport windows and try again');
  }
}

export async function sealIntoFreshDatabase(db: RapportDb, seal: Seal, sealMeta: SealMeta, envelope: unknown, onProgress?: (p: SealingProgress) => void): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await whenOpen(db);
    const before = await readRawStores(db);
    const sealed = await sealAll(before, seal, onProgress);
    const meta = await Promise.all(before.meta.filter((entry) => entry.key !== META_KEYS.vault).map(sealMeta));
    sealed.meta = [...meta, { key: META_KEYS.vault, value: envelope }];
    // Another window wrote meanwhile: its write is not in the copy, so seal again.
    if (await replaceDatabase(db, sealed, before)) return whenOpen(db);
  }
  await whenOpen(db);
  throw new SealingContentionError();
}

async function sealAll(rows: RawStores, seal: Seal, onProgress?: (p: SealingProgress) => void): Promise<RawStores> {
  const total = STORE_NAMES.reduce((n, store) => n + rows[store].length, 0);
  let done = 0;
  const out = { meta: rows.meta, serverIds: rows.serverIds } as RawStores;
  for (const store of STORE_NAMES) {
    const sealed: Stored<StoreName>[] = [];
    for (const row of rows[store] as Stored<StoreName>[]) {
      sealed.push(isTombstone(row) || 'sealed' in row ? row : await seal(store, row));
      if (++done % 500 === 0) onProgress?.({ done, total });
    }
    (out as Record<string, unknown>)[store] = sealed;
  }
  onProgress?.({ done: total, total });
  return out;
}

/**
 * Team sync keeps what a passphrase must protect (the sign-in: sync/token-store.ts; the care team: store/team.ts) as
 * `{ clear: value }` without a passphrase and `{ sealed }`, bound to `meta/<key>`, with one. Setting a passphrase
 * seals them in the rewrite that seals the records: sealed afterwards, in place, their plaintext would stay in the
 * new database's files as a record's would.
 */
export async function sealClearSyncEntry(keys: DataKeys, entry: MetaEntry): Promise<MetaEntry> {
  const value = entry.value;
  if (!isSyncMetaKey(entry.key) || typeof value !== 'object' || value === null || !('clear' in value)) return entry;
  const { clear, ...rest } = value as { clear: unknown };
  const sealed = await sealBytes(keys, new TextEncoder().encode(JSON.stringify(clear)), `meta/${entry.key}`);
  return { key: entry.key, value: { sealed, ...rest } };
}
