import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import { STAY_TOKEN } from '../domain/fhir/stay';
import { applyPulled, readAhead, type PullContext, type ServerResource } from './apply';
import { loadServerIds, serverIdEntry } from './outbox';
import { EMPTY_CHECKPOINT, pullType, versionKey, type Checkpoint, type SearchBundle } from './pull';
import { SyncError } from './errors';
import { pullScoped, type Group } from './pull-scoped';
import { firstPagesKnowing } from './batch-read';
import type { Send } from './transport';

/**
 * The pull half of a round: per resource type, what changed on the team server since this
 * device's checkpoint, written into the local stores (apply.ts). Patients first, so contacts and
 * callbacks find their client. A checkpoint belongs to one server: connecting to another starts over.
 */

const PULLED: readonly [SharedStore, string, Record<string, string>?][] = [
  ['clients', 'Patient'],
  ['clients', 'Encounter', { identifier: STAY_TOKEN }],
  ['contacts', 'Communication'],
  ['callbacks', 'Task'],
  ['painPoints', 'Condition'],
];

const CHECKPOINT_PREFIX = 'sync:pull:';
const StoredCheckpointSchema = v.object({
  fhirBase: v.string(),
  lastUpdated: v.optional(v.string()),
  seenAtInstant: v.pipe(v.array(v.string()), v.maxLength(10_000)),
});

export interface PullReport {
  /** Records written here. */
  pulled: number;
  /** Resources skipped because they did not map cleanly, in words. */
  problems: string[];
  /** The first pages of `alsoAsk`'s searches, in order. */
  also?: SearchBundle[];
  /** Patient id → client id of each client's server id the pull wrote. */
  linked: ReadonlyMap<string, string>;
}

/**
 * `scope`: the patients (server ids) of the user's care teams (sync/team.ts); only they and their
 * contacts and callbacks are pulled. Without one (a server that names no `fhirUser`) every change
 * the server lets the user read is pulled, as for a team of one. `ownWrites`: versions this
 * device's push just wrote from its records as they stand (push.ts), which hold nothing new for it;
 * `born`: the Patients that push created (pull-scoped.ts). `carried`: first pages the push already
 * brought back, by URL (carry.ts), not asked again. `scopeGroups`: the scope's groups as the round
 * read them for those probes (pull-scoped.ts).
 */
export async function pullChanges(db: RapportDb, send: Send, fhirBase: string, now: number, scope?: ReadonlySet<string>, ownWrites?: ReadonlySet<string>, born?: ReadonlyMap<string, string | undefined>, alsoAsk: readonly string[] = [], carried?: ReadonlyMap<string, SearchBundle>, scopeGroups?: readonly Group[]): Promise<PullReport> {
  const ctx = pullContext(db, send, now, scope);
  let alsoPages: SearchBundle[] = [];
  const pullOne = (store: SharedStore, resourceType: string, checkpoint: Checkpoint, save: (next: Checkpoint, applied: boolean) => Promise<void>, extra?: Record<string, string>) =>
    pullType<ServerResource & { meta?: { versionId?: string; lastUpdated?: string } }>(
      resourceType,
      checkpoint,
      async (url) => (await send<SearchBundle<ServerResource>>('GET', url)).body,
      async (resources, next) => {
        let applied = false;
        const news = resources.filter((resource) => resource.resourceType === resourceType && !ownWrites?.has(versionKey(resource)));
        if (news.length) await readAhead(ctx, store, news);
        for (const resource of news) {
          await applyPulled(ctx, store, resource);
          applied = true;
        }
        delete ctx.ahead;
        await save(next, applied);
      },
      extra,
    );
  if (scope) {
    // Searches of the round's that need nothing the pull does go in the request of its probes.
    let also: SearchBundle[] | undefined;
    const withAlso = async (urls: readonly string[]) => {
      const pages = await firstPagesKnowing(send, [...urls, ...(also ? [] : alsoAsk)], carried);
      also ??= pages.slice(urls.length);
      return pages.slice(0, urls.length);
    };
    await pullScoped(db, fhirBase, scope, pullOne, async (url) => (await send<SearchBundle>('GET', url)).body, withAlso, ownWrites, born, scopeGroups);
    alsoPages = also ?? (await firstPagesKnowing(send, alsoAsk, carried));
  } else {
    const stored = await loadCheckpoints(db, fhirBase);
    // A page that applied nothing (echoes of this device's push, most pages of a round) moves its
    // type's checkpoint here only, and the moved ones are written together at the end: a pull
    // stopped before reads those pages again, which changes nothing. A page that applied records
    // is written at once, so they are not applied twice.
    const moved = new Map<string, Checkpoint>();
    const write = async (checkpoints: ReadonlyMap<string, Checkpoint>) => {
      const tx = db.transaction('meta', 'readwrite');
      for (const [resourceType, checkpoint] of checkpoints) void tx.store.put({ key: CHECKPOINT_PREFIX + resourceType, value: { fhirBase, ...checkpoint } });
      await tx.done;
    };
    for (const [store, resourceType, extra] of PULLED) {
      await pullOne(store, resourceType, stored.get(resourceType) ?? EMPTY_CHECKPOINT, async (next, applied) => {
        moved.set(resourceType, next);
        if (!applied) return;
        await write(new Map([[resourceType, next]]));
        moved.delete(resourceType);
      }, extra);
    }
    if (moved.size) await write(moved);
  }
  return { pulled: ctx.applied, problems: ctx.problems, also: alsoPages, linked: ctx.linked };
}

/** Each pulled type's checkpoint on this server, read at once. */
async function loadCheckpoints(db: RapportDb, fhirBase: string): Promise<Map<string, Checkpoint>> {
  const rows = await db.getAll('meta', IDBKeyRange.bound(CHECKPOINT_PREFIX, `${CHECKPOINT_PREFIX}\uffff`));
  const checkpoints = new Map<string, Checkpoint>();
  const types = new Set(PULLED.map(([, resourceType]) => resourceType));
  for (const row of rows) {
    const resourceType = row.key.slice(CHECKPOINT_PREFIX.length);
    if (!types.has(resourceType)) continue;
    const parsed = v.safeParse(StoredCheckpointSchema, row.value);
    if (!parsed.success || parsed.output.fhirBase !== fhirBase) continue;
    const { fhirBase: _server, ...checkpoint } = parsed.output;
    checkpoints.set(resourceType, checkpoint);
  }
  return checkpoints;
}

/**
 * The context's server id → local id maps, each store's read whole once, when applying first
 * needs one (apply.ts finds most records by Rapport's identifier and their server id by key):
 * a round that brings a day's changes never reads the ids of the thousands pushed. Applying
 * adds each id it writes.
 */
function pullContext(db: RapportDb, send: Send, now: number, scope?: ReadonlySet<string>): PullContext {
  const localIds = Object.fromEntries(SHARED_STORES.map((store) => [store, new Map<string, string>()])) as PullContext['localIds'];
  const filled = new Map<SharedStore, Promise<void>>();
  const knowing = (store: SharedStore) => {
    const filling =
      filled.get(store) ??
      loadServerIds(db, store).then((ids) => {
        // What this pull wrote meanwhile is newer than what was read.
        for (const [id, serverId] of ids) if (!localIds[store].has(serverId)) localIds[store].set(serverId, id);
      });
    filled.set(store, filling);
    return filling;
  };
  return {
    db,
    now,
    localIds,
    linked: new Map(),
    knowing,
    serverIdOf: async (store, id) => {
      const serverId = (await db.get('serverIds', serverIdEntry(store, id, '').key))?.value;
      return typeof serverId === 'string' ? serverId : undefined;
    },
    fetchPatient: async (serverId) => {
      if (scope && !scope.has(serverId)) return undefined;
      try {
        return (await send<ServerResource>('GET', `Patient/${encodeURIComponent(serverId)}`)).body;
      } catch (error) {
        if (error instanceof SyncError && (error.kind === 'not-found' || error.status === 410)) return undefined;
        throw error;
      }
    },
    problems: [],
    applied: 0,
  };
}

/**
 * Patients this device must hold but does not (a handoff's client, sync/round.ts), each read
 * whole and written like a pulled one: a new client, or joined to the client this device already
 * has under one of the Patient's identifiers. One the server no longer has is skipped.
 */
export async function pullPatients(db: RapportDb, send: Send, patientIds: readonly string[], now: number): Promise<PullReport> {
  const ctx = pullContext(db, send, now);
  // Most rounds bring no handoff: they read none of the caseload's server ids.
  if (!patientIds.length) return { pulled: 0, problems: [], linked: ctx.linked };
  await ctx.knowing('clients');
  for (const patientId of patientIds) {
    if (ctx.localIds.clients.has(patientId)) continue;
    const patient = await ctx.fetchPatient(patientId);
    if (patient) await applyPulled(ctx, 'clients', patient);
  }
  return { pulled: ctx.applied, problems: ctx.problems, linked: ctx.linked };
}
