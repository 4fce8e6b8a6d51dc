import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import type { SharedStore } from '../domain/fhir/shared';
import { EMPTY_CHECKPOINT, firstPageUrl, nextPageUrl, takePage, versionKey, type Checkpoint, type PulledResource, type SearchBundle } from './pull';
import { patientIdOf } from '../domain/fhir/read';
import { STAY_TOKEN } from '../domain/fhir/stay';
import { chunks as inGroups, IDS_PER_SEARCH } from './team';

/**
 * The pull restricted to the patients of the user's care teams. Searches name the patients in
 * comma lists (`_id`, `subject`, `patient`) of at most IDS_PER_SEARCH, and each such group keeps
 * its own checkpoints: one checkpoint over several searches could only be the newest any of them
 * saw, which skips what changed in an earlier search's patients while a later one ran.
 *
 * A patient joining the scope is pulled whole (its history predates every checkpoint) after the
 * groups already known, then joins a group: that group's checkpoints were taken before the whole
 * pull began, so nothing that changes afterwards is missed. A patient leaving the scope (the care
 * team no longer lists the user) leaves its group and stops syncing; what this device holds for
 * that client stays, never deleted: the care manager's own notes are not the server's to take back.
 */

export type PullOne = (
  store: SharedStore,
  resourceType: string,
  checkpoint: Checkpoint,
  save: (next: Checkpoint) => Promise<void>,
  extra: Record<string, string>,
) => Promise<Checkpoint>;

const patients = (ids: readonly string[]) => ids.map((id) => `Patient/${id}`).join(',');
const SCOPED: readonly [SharedStore, string, (ids: readonly string[]) => Record<string, string>][] = [
  ['clients', 'Patient', (ids) => ({ _id: ids.join(',') })],
  ['clients', 'Encounter', (ids) => ({ subject: patients(ids), identifier: STAY_TOKEN })],
  ['contacts', 'Communication', (ids) => ({ subject: patients(ids) })],
  ['callbacks', 'Task', (ids) => ({ patient: patients(ids) })],
  ['painPoints', 'Condition', (ids) => ({ subject: patients(ids) })],
];

export const SCOPE_KEY = 'sync:pull:scope';
const CheckpointSchema = v.object({ lastUpdated: v.optional(v.string()), seenAtInstant: v.pipe(v.array(v.string()), v.maxLength(10_000)) });
const GroupSchema = v.object({
  patients: v.pipe(v.array(v.string()), v.maxLength(IDS_PER_SEARCH)),
  checkpoints: v.record(v.string(), CheckpointSchema),
});
const ScopeSchema = v.object({ fhirBase: v.string(), groups: v.pipe(v.array(GroupSchema), v.maxLength(100_000)) });
export type Group = v.InferOutput<typeof GroupSchema>;

export type GetPage = (url: string) => Promise<SearchBundle>;
/** Several searches' first pages, in the order asked (sync/batch-read.ts). */
export type GetFirstPages = (urls: readonly string[]) => Promise<SearchBundle[]>;

/**
 * `ownWrites`: versions this round's push wrote from this device's records (pull-changes.ts), which
 * make no group busy. `born`: Patients that push created, each with the instant the server
 * stamped it when its answer said; see probeBorn and echoesOnly. `stored`: the groups as the round
 * read them for its probes (loadScopeGroups), not read again.
 */
export async function pullScoped(db: RapportDb, fhirBase: string, scope: ReadonlySet<string>, pullOne: PullOne, getPage: GetPage, getFirstPages: GetFirstPages, ownWrites?: ReadonlySet<string>, born?: ReadonlyMap<string, string | undefined>, stored?: readonly Group[]): Promise<void> {
  const groups = groupsIn(stored ?? (await loadScopeGroups(db, fhirBase)), scope);
  // The groups (a supervisor's: 100 of 50 patients, checkpoints and all) are written when a page
  // applied records must not be applied again, and once after every type's search: a round stopped
  // before that probes again from the checkpoints kept, which applies nothing twice.
  const save = () => db.put('meta', { key: SCOPE_KEY, value: { fhirBase, groups } }).then(() => {});

  // Every type's probe is asked before any group is searched, in one request: a probe seen earlier
  // only moves quiet groups' checkpoints less far, and what changes after it is found next round.
  const probed = probesOf(groups);
  const firstPages = new Map((await getFirstPages(probed.map(([, url]) => url))).map((page, i) => [probed[i]![0], page]));
  for (const [store, resourceType, params] of SCOPED) {
    const { quiet, news } = await quietGroups(getPage, resourceType, groups, firstPages.get(resourceType), ownWrites);
    if (news && Math.ceil(news.changes.size / IDS_PER_FETCH) < groups.length - quiet.size) {
      // Fewer searches by id than busy groups: the probe's news are read by id, within their patients.
      const changes = [...news.changes];
      for (let start = 0; start < changes.length; start += IDS_PER_FETCH) {
        const some = changes.slice(start, start + IDS_PER_FETCH);
        const query = { ...params([...new Set(some.map(([, patient]) => patient))]), _id: some.map(([id]) => id).join(',') };
        await pullOne(store, resourceType, EMPTY_CHECKPOINT, async () => {}, query);
      }
      for (const group of groups) group.checkpoints[resourceType] = later(group.checkpoints[resourceType]!, news.probed);
      continue;
    }
    for (const group of groups) {
      const unchanged = quiet.get(group);
      if (unchanged) {
        group.checkpoints[resourceType] = unchanged;
        continue;
      }
      const saveGroup = async (next: Checkpoint) => {
        group.checkpoints[resourceType] = next;
        await save();
      };
      await pullOne(store, resourceType, group.checkpoints[resourceType] ?? EMPTY_CHECKPOINT, saveGroup, params(group.patients));
    }
  }
  await save();

  const known = new Set(groups.flatMap((group) => group.patients));
  let joining = [...scope].filter((id) => !known.has(id)).sort();
  const placed: { group: Group; added: string[]; isNew: boolean }[] = [];
  for (const group of groups) {
    const room = IDS_PER_SEARCH - group.patients.length;
    if (room <= 0 || !joining.length) continue;
    placed.push({ group, added: joining.slice(0, room), isNew: false });
    joining = joining.slice(room);
  }
  for (const added of inGroups(joining)) placed.push({ group: { patients: [], checkpoints: {} }, added, isNew: true });

  const ownOnly = ({ added }: (typeof placed)[number]) => born !== undefined && ownWrites !== undefined && added.every((id) => born.has(id));
  const since = born && ownWrites ? earliestBirth(placed.filter(ownOnly).flatMap(({ added }) => added), born) : undefined;
  const probes = new Map<string, Promise<BornProbe | undefined>>();
  const probeOf = (resourceType: string) => {
    let probe = probes.get(resourceType);
    if (!probe) probes.set(resourceType, (probe = since ? probeBorn(getPage, resourceType, since, born!, ownWrites!) : Promise.resolve(undefined)));
    return probe;
  };
  // Patients whose every record was an echo of this round's push applied nothing: their groups are
  // written with the next placement that applied records, or once at the end (a first sync's whole
  // caseload: 100 groups at full size, each write of them all). A round stopped before pulls them
  // whole next time, as it does the placements it had not reached.
  let unsaved = false;
  for (const place of placed) {
    const { group, added, isNew } = place;
    const whole: Record<string, Checkpoint> = {};
    let applied = false;
    for (const [store, resourceType, params] of SCOPED) {
      let echoes: Checkpoint | undefined;
      if (ownOnly(place)) {
        const probe = await probeOf(resourceType);
        echoes = probe ? (added.some((id) => probe.written.has(id)) ? undefined : probe.checkpoint) : await echoesOnly(getPage, resourceType, params(added), ownWrites!);
      }
      if (!echoes) applied = true;
      whole[resourceType] = echoes ?? (await pullOne(store, resourceType, EMPTY_CHECKPOINT, async () => {}, params(added)));
    }
    group.patients.push(...added);
    // A group of its own was searched once per type: its whole pull's checkpoints are its own.
    if (isNew) {
      group.checkpoints = whole;
      groups.push(group);
    }
    unsaved = !applied;
    if (applied) await save();
  }
  if (unsaved) await save();
}

/**
 * Patients this round's push created have nothing on the server but what it wrote, as a rule: a
 * first sync's whole caseload. Their records are listed as references (the probe's `_elements`,
 * 1,000 a page) and, when every version listed is one this push wrote, not read back whole: the
 * listing's checkpoint is theirs. Anything else there (another tool wrote about them in between)
 * and they are pulled whole.
 */
async function echoesOnly(getPage: GetPage, resourceType: string, params: Record<string, string>, ownWrites: ReadonlySet<string>): Promise<Checkpoint | undefined> {
  let checkpoint: Checkpoint = EMPTY_CHECKPOINT;
  let url: string | undefined = firstPageUrl(resourceType, EMPTY_CHECKPOINT, { ...params, _elements: PATIENT_ELEMENT[resourceType] ?? 'id', _count: String(PROBE_COUNT) });
  while (url) {
    const page = await getPage(url);
    if ((page.entry ?? []).some(({ resource }) => !resource || !ownWrites.has(versionKey(resource)))) return undefined;
    checkpoint = takePage(page, checkpoint).checkpoint;
    url = nextPageUrl(page);
  }
  return checkpoint;
}

/** The instant the first of these Patients was stamped, or undefined when the server did not say for one of them. */
function earliestBirth(patients: readonly string[], born: ReadonlyMap<string, string | undefined>): string | undefined {
  let earliest: string | undefined;
  for (const patient of patients) {
    const stamp = born.get(patient);
    if (!stamp || Number.isNaN(Date.parse(stamp))) return undefined;
    if (!earliest || Date.parse(stamp) < Date.parse(earliest)) earliest = stamp;
  }
  return earliest;
}

interface BornProbe {
  /** Born Patients another writer wrote about: their records are pulled whole. */
  written: Set<string>;
  checkpoint: Checkpoint;
}

/**
 * echoesOnly for every Patient this push created at once: nothing can name a Patient before the
 * server made it, so what changed since the first of them was stamped, server-wide and as patient
 * references (a page per 1,000 changes, not a search per type and group of 50), holds every record
 * about them. Versions this push wrote are echoes; a Patient with any other is pulled whole.
 */
async function probeBorn(getPage: GetPage, resourceType: string, since: string, born: ReadonlyMap<string, string | undefined>, ownWrites: ReadonlySet<string>): Promise<BornProbe> {
  const element = PATIENT_ELEMENT[resourceType];
  const written = new Set<string>();
  let checkpoint: Checkpoint = { lastUpdated: since, seenAtInstant: [] };
  let url: string | undefined = firstPageUrl(resourceType, checkpoint, { ...PROBE_FILTER[resourceType], _elements: element ?? 'id', _count: String(PROBE_COUNT) });
  while (url) {
    const page = await getPage(url);
    for (const { resource } of page.entry ?? []) {
      if (!resource || ownWrites.has(versionKey(resource))) continue;
      const patient = element ? patientIdOf((resource as unknown as Record<string, unknown>)[element]) : resource.id;
      // One that names no Patient is about none of them, as the groups' searches by patient would find.
      if (patient !== undefined && born.has(patient)) written.add(patient);
    }
    checkpoint = takePage(page, checkpoint).checkpoint;
    url = nextPageUrl(page);
  }
  return { written, checkpoint };
}

/** What names a resource's patient, so the probe brings references and not the records themselves. */
/** Only Rapport's stays among a server's Encounters: an EHR's own visits would make every probe look busy. */
const PROBE_FILTER: Record<string, Record<string, string>> = { Encounter: { identifier: STAY_TOKEN } };
const PATIENT_ELEMENT: Record<string, string> = { Encounter: 'subject', Communication: 'subject', Task: 'for', Condition: 'subject' };
const PROBE_COUNT = 1000;
const PROBE_PAGES = 10;
/** Resources read by id per search, with their patients: two lists of 25 keep the URL near 2 KB. */
const IDS_PER_FETCH = 25;

/**
 * One search before a round's group searches (its first page asked with the other types', probeUrl): what changed since the oldest group checkpoint, for
 * every patient the server shows the user, as patient references only. A group with no version
 * newer than its own checkpoint among them has nothing new: it is not searched, and its checkpoint
 * moves to the probe's, which saw everything up to then. A version this device's push just wrote
 * is no news (most of a busy round's changes are its own). Too many changes to page through, a group
 * never pulled, or a change whose patient cannot be told means every group is searched.
 *
 * `news`, when the probe saw everything: each new version's resource id and patient, and the
 * checkpoint after the probe. A few changes spread over many groups (a supervisor's device: a
 * colleague's day touches most groups) are cheaper read by id than by a search per group; read so,
 * every group's checkpoint moves to the probe's.
 */
async function quietGroups(
  getPage: GetPage,
  resourceType: string,
  groups: readonly Group[],
  firstPage: SearchBundle | undefined,
  ownWrites?: ReadonlySet<string>,
): Promise<{ quiet: Map<Group, Checkpoint>; news?: { changes: Map<string, string>; probed: Checkpoint } }> {
  const quiet = new Map<Group, Checkpoint>();
  const oldest = oldestCheckpoint(resourceType, groups);
  if (oldest === null || !firstPage) return { quiet };
  const element = PATIENT_ELEMENT[resourceType];
  const groupOf = new Map(groups.flatMap((group) => group.patients.map((patient) => [patient, group] as const)));
  const changed = new Set<Group>();
  const changes = new Map<string, string>();
  // Each group's checkpoint read once for the probe's many changes: its instant parsed, its versions seen a set.
  const seen = new Map<Group, Seen>();
  const seenBy = (group: Group) => {
    let prepared = seen.get(group);
    if (!prepared) seen.set(group, (prepared = seenAt(group.checkpoints[resourceType]!)));
    return prepared;
  };
  let probed: Checkpoint = { ...(oldest ? { lastUpdated: oldest } : {}), seenAtInstant: [] };
  let page: SearchBundle | undefined = firstPage;
  for (let pages = 0; page; pages++) {
    if (pages === PROBE_PAGES) return { quiet };
    for (const { resource } of page.entry ?? []) {
      if (!resource) continue;
      const patient = element ? patientIdOf((resource as unknown as Record<string, unknown>)[element]) : resource.id;
      if (patient === undefined || resource.id === undefined) return { quiet };
      const group = groupOf.get(patient);
      if (group && isNewFor(resource, seenBy(group)) && !ownWrites?.has(versionKey(resource))) {
        changed.add(group);
        changes.set(resource.id, patient);
      }
    }
    probed = takePage(page, probed).checkpoint;
    const next = nextPageUrl(page);
    page = next === undefined ? undefined : await getPage(next);
  }
  for (const group of groups) if (!changed.has(group)) quiet.set(group, later(group.checkpoints[resourceType]!, probed));
  return { quiet, news: { changes, probed } };
}

/**
 * Where a type's probe starts: the oldest of its groups' checkpoints, undefined when one group has
 * seen nothing of the type yet (probed from the beginning); null when there is no probe (no group,
 * or one never pulled: every group is searched).
 */
function oldestCheckpoint(resourceType: string, groups: readonly Group[]): string | undefined | null {
  const checkpoints = groups.map((group) => group.checkpoints[resourceType]);
  if (!groups.length || checkpoints.some((checkpoint) => checkpoint === undefined)) return null;
  const stamps = (checkpoints as Checkpoint[]).map((checkpoint) => checkpoint.lastUpdated);
  return stamps.includes(undefined) ? undefined : (stamps as string[]).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

/** The first page of a type's probe (quietGroups), or undefined when it has none. */
function probeUrl(resourceType: string, groups: readonly Group[]): string | undefined {
  const oldest = oldestCheckpoint(resourceType, groups);
  if (oldest === null) return undefined;
  const query = new URLSearchParams({ _sort: '_lastUpdated', _count: String(PROBE_COUNT), _elements: PATIENT_ELEMENT[resourceType] ?? 'id', ...PROBE_FILTER[resourceType], ...(oldest ? { _lastUpdated: `ge${oldest}` } : {}) });
  return `${resourceType}?${query.toString()}`;
}

/** A checkpoint as isNewFor compares with it: a supervisor's probe meets a day's changes, each group's checkpoint holding up to thousands of versions. */
interface Seen {
  since: number | undefined;
  versions: ReadonlySet<string>;
}

const seenAt = (checkpoint: Checkpoint): Seen => ({ since: checkpoint.lastUpdated ? Date.parse(checkpoint.lastUpdated) : undefined, versions: new Set(checkpoint.seenAtInstant) });

function isNewFor(resource: PulledResource, { since, versions }: Seen): boolean {
  const stamp = resource.meta?.lastUpdated;
  if (!stamp || since === undefined) return true;
  const at = Date.parse(stamp);
  return at > since || (at === since && !versions.has(versionKey(resource)));
}

function later(a: Checkpoint, b: Checkpoint): Checkpoint {
  if (!b.lastUpdated) return a;
  if (!a.lastUpdated) return b;
  const [at, bt] = [Date.parse(a.lastUpdated), Date.parse(b.lastUpdated)];
  if (at === bt) return { lastUpdated: a.lastUpdated, seenAtInstant: [...new Set([...a.seenAtInstant, ...b.seenAtInstant])] };
  return at > bt ? a : b;
}

/** The stored groups, less the patients no longer in scope. */
function groupsIn(stored: readonly Group[], scope: ReadonlySet<string>): Group[] {
  return stored.map((group) => ({ ...group, patients: group.patients.filter((id) => scope.has(id)) })).filter((group) => group.patients.length > 0);
}

const probesOf = (groups: readonly Group[]) =>
  SCOPED.flatMap(([, resourceType]) => {
    const url = probeUrl(resourceType, groups);
    return url ? [[resourceType, url] as const] : [];
  });

/**
 * The probes pullScoped will ask first, for a round that asks them inside its push (carry.ts): the
 * pull takes a carried page only for the very URL it would ask, so a scope that changed in
 * between costs a request, never a wrong page. `stored`: loadScopeGroups'.
 */
export function probeUrls(stored: readonly Group[], scope: ReadonlySet<string>): string[] {
  return probesOf(groupsIn(stored, scope)).map(([, url]) => url);
}

/** The scope's groups as the last pull kept them on this server: a round reads them once, for its probes and its pull. */
export async function loadScopeGroups(db: RapportDb, fhirBase: string): Promise<Group[]> {
  const parsed = v.safeParse(ScopeSchema, (await db.get('meta', SCOPE_KEY))?.value);
  return parsed.success && parsed.output.fhirBase === fhirBase ? parsed.output.groups : [];
}
