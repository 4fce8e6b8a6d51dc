import { BACKUP_STORES, DEVICE_META_KEYS, type BackupStore } from './records';
import type { BackupMetaEntry, BackupRecord, BackupStores } from './format';

/** What an import would do to one store, shown to the user before anything is written. */
export interface StoreCounts {
  /** Records this device did not have. */
  new: number;
  /** Live records replaced by a newer version. */
  updated: number;
  /** Everything left as it is (including deletions this device already knew about). */
  unchanged: number;
  /** Live records a newer deletion in the file removes. */
  deleted: number;
}

export type PlanStore = BackupStore | 'meta';

export interface MergePlan {
  counts: Record<PlanStore, StoreCounts>;
  /** Records to put; the store checks each again inside its transaction before writing. */
  writes: Record<BackupStore, BackupRecord[]>;
  meta: BackupMetaEntry[];
}

/** Higher revision wins; on equal revisions the later edit. Equal on both: neither is newer. */
export function isNewer(a: BackupRecord, b: BackupRecord): boolean {
  return a.rev > b.rev || (a.rev === b.rev && a.updatedAt > b.updatedAt);
}

/**
 * Whether an incoming record should replace the local one. A local deletion is final: the user
 * removed that person (or note) on purpose, and no backup, however recent, brings it back.
 */
export function incomingWins(local: BackupRecord | undefined, incoming: BackupRecord): boolean {
  if (!local) return true;
  if (local.deleted && !incoming.deleted) return false;
  return isNewer(incoming, local);
}

const zero = (): StoreCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Local records by id per store, as the store reads them in one transaction. */
export type LocalIndex = Record<BackupStore, Map<string, BackupRecord>> & { meta: Set<string> };

export function planMerge(local: LocalIndex, incoming: BackupStores): MergePlan {
  const counts = Object.fromEntries([...BACKUP_STORES, 'meta'].map((name) => [name, zero()])) as Record<PlanStore, StoreCounts>;
  const writes = Object.fromEntries(BACKUP_STORES.map((name) => [name, [] as BackupRecord[]])) as Record<BackupStore, BackupRecord[]>;
  const localOrigins = siteOrigins(local.sites);

  for (const store of BACKUP_STORES) {
    const mine = local[store];
    for (const record of incoming[store]) {
      const current = mine.get(record.id);
      const tally = counts[store];
      if (!incomingWins(current, record) || clashesWithLocalSite(store, record, localOrigins)) {
        tally.unchanged++;
        continue;
      }
      writes[store].push(record);
      if (!current) tally[record.deleted ? 'unchanged' : 'new']++;
      else if (current.deleted) tally.unchanged++;
      else tally[record.deleted ? 'deleted' : 'updated']++;
    }
  }

  // Settings have no revision: what this device already has stays; missing entries come back.
  const meta = incoming.meta.filter((entry) => !DEVICE_META_KEYS.includes(entry.key) && !local.meta.has(entry.key));
  counts.meta.new = meta.length;
  counts.meta.unchanged = incoming.meta.length - meta.length;
  return { counts, writes, meta };
}

function siteOrigins(sites: Map<string, BackupRecord>): Map<string, string> {
  const byOrigin = new Map<string, string>();
  for (const site of sites.values()) {
    if (!site.deleted) byOrigin.set((site as unknown as { origin: string }).origin, site.id);
  }
  return byOrigin;
}

/**
 * A profile for an origin this device already taught under another id: the local one stays,
 * since the origin index is unique and the user's own teaching here is the one in use.
 */
function clashesWithLocalSite(store: BackupStore, record: BackupRecord, origins: Map<string, string>): boolean {
  if (store !== 'sites' || record.deleted) return false;
  const owner = origins.get((record as unknown as { origin: string }).origin);
  return owner !== undefined && owner !== record.id;
}
