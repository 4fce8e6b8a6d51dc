import { identityKey } from '../identity/identity';
import { STORE_NAMES, type RecordMeta, type StoreName, type StoreRecords, type Stored, type Tombstone } from '../../model/records';
import type { MetaEntry } from '../../model/meta';
import type { BackupStores, FileRecord } from './format';

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

export type PlanStore = StoreName | 'meta';

/**
 * A client in the file that claims a chart (system and MRN) a different client here already has:
 * the file's client comes in without that chart, for the user to merge by hand. Two devices that
 * recorded the same patient end up here as often as a crafted file does; neither takes over.
 */
export interface ProposedMerge {
  incomingId: string;
  localId: string;
  system: string;
}

export interface MergePlan {
  counts: Record<PlanStore, StoreCounts>;
  /** Records to put; the store checks each again inside its transaction before writing. */
  writes: { [S in StoreName]: FileRecord<S>[] };
  meta: MetaEntry[];
  proposedMerges: ProposedMerge[];
}

type Versioned = RecordMeta & { deleted?: true };

/** Higher revision wins; on equal revisions the later edit. Equal on both: neither is newer. */
export function isNewer(a: Versioned, b: Versioned): boolean {
  return a.rev > b.rev || (a.rev === b.rev && a.updatedAt > b.updatedAt);
}

/**
 * Whether an incoming record should replace the local one. A local deletion is final: the user
 * removed that person (or note) on purpose, and no backup, however recent, brings it back.
 */
export function incomingWins(local: Versioned | undefined, incoming: Versioned): boolean {
  if (!local) return true;
  if (local.deleted && !incoming.deleted) return false;
  return isNewer(incoming, local);
}

const zero = (): StoreCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Local records by id per store (opened, as the user wrote them), and the meta keys present. */
export type LocalIndex = { [S in StoreName]: Map<string, Stored<S>> } & { meta: Set<string> };

const isLive = <T extends object>(record: T | Tombstone | undefined): record is T => record !== undefined && !('deleted' in record);

export function planMerge(local: LocalIndex, incoming: BackupStores): MergePlan {
  const counts = Object.fromEntries([...STORE_NAMES, 'meta'].map((name) => [name, zero()])) as Record<PlanStore, StoreCounts>;
  const writes = Object.fromEntries(STORE_NAMES.map((name) => [name, []])) as unknown as MergePlan['writes'];
  const localOrigins = siteOrigins(local.sites);

  for (const store of STORE_NAMES) {
    const mine = local[store] as Map<string, Versioned>;
    const tally = counts[store];
    for (const record of incoming[store] as FileRecord<StoreName>[]) {
      const current = mine.get(record.id);
      if (!incomingWins(current, record) || clashesWithLocalSite(store, record, localOrigins)) {
        tally.unchanged++;
        continue;
      }
      (writes[store] as FileRecord<StoreName>[]).push(store === 'clients' ? keepEarlierEnrolment(record as FileRecord<'clients'>, current as Stored<'clients'>) : record);
      const deletion = !isLive(record);
      if (!current) tally[deletion ? 'unchanged' : 'new']++;
      else if (current.deleted) tally.unchanged++;
      else tally[deletion ? 'deleted' : 'updated']++;
    }
  }
  const proposedMerges = withoutTakeovers(local.clients, writes);

  // Settings have no revision: what this device already has stays; missing entries come back.
  const meta = incoming.meta.filter((entry) => !local.meta.has(entry.key));
  counts.meta.new = meta.length;
  counts.meta.unchanged = incoming.meta.length - meta.length;
  return { counts, writes, meta, proposedMerges };
}

/** Joining the caseload is a fact on either side: the earlier of the two times stands. */
function keepEarlierEnrolment(incoming: FileRecord<'clients'>, local: Stored<'clients'> | undefined): FileRecord<'clients'> {
  if (!isLive(incoming) || !isLive(local) || local.enrolledAt === undefined) return incoming;
  return { ...incoming, enrolledAt: Math.min(local.enrolledAt, incoming.enrolledAt ?? Infinity) };
}

/**
 * Incoming clients keep only the charts no other client holds once the import is done; each chart
 * taken out becomes a proposed merge. (The file itself never has two clients on one chart.)
 */
function withoutTakeovers(local: Map<string, Stored<'clients'>>, writes: MergePlan['writes']): ProposedMerge[] {
  const written = new Map(writes.clients.map((client) => [client.id, client]));
  const owners = new Map<string, string>();
  for (const client of local.values()) {
    if (written.has(client.id) || !isLive(client)) continue;
    for (const key of client.identityKeys) owners.set(key, client.id);
  }
  const proposals: ProposedMerge[] = [];
  writes.clients = writes.clients.map((client) => {
    if (!isLive(client)) return client;
    const kept = client.identities.filter((identity) => {
      const owner = identity.mrn ? owners.get(identityKey(identity.system, identity.mrn)) : undefined;
      if (owner === undefined) return true;
      proposals.push({ incomingId: client.id, localId: owner, system: identity.system });
      return false;
    });
    return kept.length === client.identities.length ? client : { ...client, identities: kept };
  });
  return proposals;
}

function siteOrigins(sites: Map<string, Stored<'sites'>>): Map<string, string> {
  const byOrigin = new Map<string, string>();
  for (const site of sites.values()) if (isLive<StoreRecords['sites']>(site)) byOrigin.set(site.origin, site.id);
  return byOrigin;
}

/**
 * A profile for an origin this device already taught under another id: the local one stays,
 * since the origin index is unique and the user's own teaching here is the one in use.
 */
function clashesWithLocalSite(store: StoreName, record: FileRecord<StoreName>, origins: Map<string, string>): boolean {
  if (store !== 'sites' || !isLive(record)) return false;
  const owner = origins.get((record as StoreRecords['sites']).origin);
  return owner !== undefined && owner !== record.id;
}
