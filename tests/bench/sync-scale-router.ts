import { deepClone, evalFhirPath, globalSchema, matchesSearchRequest, Operator, splitSearchOnComma, toPeriod, type SearchRequest } from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { createFhirEngine, type FhirEngine } from '../sync/harness/fhir-engine';

/**
 * The sync bench's router: the harness's Medplum router and in-memory repository, with the two
 * things that make that repository quadratic replaced by what a database server does instead.
 *
 * - A transaction keeps an undo journal of the rows it writes, not a deep copy of the whole store
 *   (the harness copies every resource per transaction Bundle for its rollback; Medplum's
 *   8-entry limit on conditional creates makes that one copy per 8 resources).
 * - Searches are answered from indexes: `_id` (the push's read of the copies it updates), token
 *   `identifier` (the conditional creates), `subject`/`patient` references (the scoped pull's
 *   patient groups, which otherwise ran Medplum's FHIRPath over every stored contact per group),
 *   CareTeam `participant` references (a round's whole CareTeam search, once a day: FHIRPath over
 *   every CareTeam on the server, 300-340 ms of a full-scale member's day-first round, where a
 *   server answers from its index on the parameter, as Medplum's does from its column),
 *   `meta.lastUpdated`
 *   (the pull), and the sorted match list of a search kept while its resource type is unwritten
 *   (paging through `_offset` re-sorted everything per page). The indexes only choose candidates:
 *   every candidate still passes Medplum's own `matchesSearchRequest`, the order is Medplum's own
 *   sort key and tie order, so each answer is the one the plain repository gives.
 * - A `_lastUpdated` bound and the `_lastUpdated` order are decided on the stamps themselves where
 *   each is one Medplum writes (matcherFor, sortedByStamp), as an index on the stamp answers them:
 *   the same answers as Medplum's FHIRPath per resource and its locale sort of their JSON, which
 *   cost a first sync's probe seconds at full scale (Rapport's reads alone: the floor reads nothing).
 *
 * The floor and Rapport both post to this router, so what it saves it saves on both sides.
 */

type Stored = Resource & { id: string };
interface Maps {
  resources: Map<string, Map<string, Stored>>;
  history: Map<string, Map<string, Stored[]>>;
}

/** What a write replaced: how to put a row back. */
interface Undo {
  type: string;
  id: string;
  resource: Stored | undefined;
  historyLength: number | undefined;
}

interface TypeIndex {
  /** Each stored id's place in the type's Map (insertion order, as the plain repository iterates). */
  position: Map<string, number>;
  nextPosition: number;
  /** Lower-cased `identifier` values → ids ever stored with them (stale ids are filtered out on use). */
  identifiers: Map<string, Set<string>>;
  /** Lower-cased ids → the ids ever stored so (Medplum matches `_id` as a token, ignoring case). */
  ids: Map<string, Set<string>>;
  /** The lower-cased id part of each `subject`, `for`, `patient` and `participant.member` reference → ids ever stored with it. */
  references: Map<string, Set<string>>;
  /** One row per write, by when the stamp it wrote ends (as Medplum's date search reads a stamp). */
  stamps: { endMs: number; id: string; lastUpdated: string }[];
  /** False once a write had no readable stamp: the log then misses a row and is no index. */
  stampsComplete: boolean;
  /** Sorted match lists of the sorted searches (the pull's pages) since the type was last written. */
  sorted: Map<string, Stored[]>;
}

/** The engine the bench posts to: createFhirEngine's, its repository given indexes and a journal. */
export function createIndexedEngine(baseUrl: string): FhirEngine {
  const engine = createFhirEngine(baseUrl);
  indexRepository(engine.repo);
  return engine;
}

/** A second engine in exactly the state of `source` (stored rows, their history and their order). */
export function copyEngine(source: FhirEngine, baseUrl: string): FhirEngine {
  const copy = createIndexedEngine(baseUrl);
  const [from, to] = [source.repo as unknown as Maps, copy.repo as unknown as Maps];
  for (const [type, rows] of from.history) {
    to.history.set(type, new Map([...rows].map(([id, versions]) => [id, versions.map((version) => structuredClone(version))])));
  }
  for (const [type, rows] of from.resources) {
    const copied = new Map<string, Stored>();
    for (const [id, resource] of rows) {
      // The plain repository stores the current version and the last history entry as one object.
      const last = to.history.get(type)?.get(id)?.at(-1);
      copied.set(id, last && from.history.get(type)?.get(id)?.at(-1) === resource ? last : structuredClone(resource));
    }
    to.resources.set(type, copied);
    for (const resource of copied.values()) noteWrite(typeIndex(copy.repo, type), resource, true);
  }
  return copy;
}

const indexes = new WeakMap<MemoryRepository, Map<string, TypeIndex>>();

function typeIndex(repo: MemoryRepository, type: string): TypeIndex {
  let byType = indexes.get(repo);
  if (!byType) indexes.set(repo, (byType = new Map()));
  let index = byType.get(type);
  if (!index) byType.set(type, (index = { position: new Map(), nextPosition: 0, identifiers: new Map(), ids: new Map(), references: new Map(), stamps: [], stampsComplete: true, sorted: new Map() }));
  return index;
}

/** `added`: the id was not in the type's Map before, so the Map put it last. */
function noteWrite(index: TypeIndex, resource: Stored, added: boolean): void {
  index.sorted.clear();
  if (added) index.position.set(resource.id, index.nextPosition++);
  for (const identifier of identifiersOf(resource)) addTo(index.identifiers, identifier.toLowerCase(), resource.id);
  addTo(index.ids, resource.id.toLowerCase(), resource.id);
  for (const reference of referencesOf(resource)) addTo(index.references, referenceKey(reference), resource.id);
  const lastUpdated = resource.meta?.lastUpdated;
  const end = lastUpdated ? toPeriod(lastUpdated)?.end : undefined;
  const endMs = end ? Date.parse(end) : Number.NaN;
  if (!lastUpdated || Number.isNaN(endMs)) {
    index.stampsComplete = false;
    return;
  }
  // Stamps come in order but for a copy's rows and a client's own stamp: those are slotted in.
  const at = index.stamps.length && index.stamps.at(-1)!.endMs > endMs ? firstEndingAtOrAfter(index.stamps, endMs + 1) : index.stamps.length;
  index.stamps.splice(at, 0, { endMs, id: resource.id, lastUpdated });
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) map.set(key, (ids = new Set()));
  ids.add(id);
}

function noteRemoved(index: TypeIndex, id: string): void {
  index.sorted.clear();
  index.position.delete(id);
}

/** What a reference search compares, or a part of it: the id after the last '/', lower-cased (a superset of Medplum's matches). */
const referenceKey = (reference: string) => (reference.split('/').pop() ?? '').toLowerCase();

function referencesOf(resource: Stored): string[] {
  type Reference = { reference?: string } | undefined;
  const { subject, for: owner, patient, participant } = resource as { subject?: Reference; for?: Reference; patient?: Reference; participant?: unknown };
  const members = Array.isArray(participant) ? participant.map((one) => (one as { member?: Reference } | null)?.member) : [];
  return [subject, owner, patient, ...members].flatMap((element) => (typeof element?.reference === 'string' ? [element.reference] : []));
}

function identifiersOf(resource: Stored): string[] {
  const { identifier, masterIdentifier } = resource as { identifier?: { value?: string }[]; masterIdentifier?: { value?: string } };
  return [...(identifier ?? []), ...(masterIdentifier ? [masterIdentifier] : [])].flatMap((entry) => (entry.value ? [entry.value] : []));
}

function indexRepository(repo: MemoryRepository): void {
  const maps = repo as unknown as Maps;
  const plain = MemoryRepository.prototype;
  let journal: Undo[] | undefined;

  const undo = ({ type, id, resource, historyLength }: Undo) => {
    const rows = maps.resources.get(type)!;
    const index = typeIndex(repo, type);
    if (resource) {
      const added = !rows.has(id);
      rows.set(id, resource);
      noteWrite(index, resource, added);
    } else {
      rows.delete(id);
      noteRemoved(index, id);
    }
    if (historyLength === undefined) maps.history.get(type)?.delete(id);
    else maps.history.get(type)!.get(id)!.length = historyLength;
  };

  Object.assign(repo, {
    async createResource<T extends Resource>(resource: T) {
      const type = resource.resourceType;
      const before = resource.id ? maps.resources.get(type)?.get(resource.id) : undefined;
      const historyLength = resource.id ? maps.history.get(type)?.get(resource.id)?.length : undefined;
      const created = (await plain.createResource.call(repo, resource as Resource)) as Stored;
      journal?.push({ type, id: created.id, resource: before, historyLength });
      noteWrite(typeIndex(repo, type), maps.resources.get(type)!.get(created.id)!, !before);
      return created;
    },
    async deleteResource(resourceType: string, id: string) {
      const before = maps.resources.get(resourceType)?.get(id);
      await plain.deleteResource.call(repo, resourceType, id);
      journal?.push({ type: resourceType, id, resource: before, historyLength: maps.history.get(resourceType)?.get(id)?.length });
      noteRemoved(typeIndex(repo, resourceType), id);
    },
    async withTransaction<TResult>(callback: (client: undefined) => Promise<TResult>): Promise<TResult> {
      if (journal) return callback(undefined);
      const written: Undo[] = (journal = []);
      const types = [maps.resources, maps.history].map((rows) => new Set(rows.keys()));
      try {
        return await callback(undefined);
      } catch (error) {
        for (const change of written.reverse()) undo(change);
        // A type first written in the transaction goes too, as from the plain repository's snapshot.
        for (const [i, rows] of [maps.resources, maps.history].entries()) for (const type of rows.keys()) if (!types[i]!.has(type)) rows.delete(type);
        throw error;
      } finally {
        journal = undefined;
      }
    },
    async search<T extends Resource>(request: SearchRequest<T>): Promise<Bundle<T & { id: string }>> {
      const matched = matchesOf(repo, request as SearchRequest);
      let page = matched;
      if (request.offset !== undefined) page = page.slice(request.offset);
      if (request.count !== undefined) page = page.slice(0, request.count);
      const entry = page.map((resource) => ({ resource: (request.fields?.length ? subsetted(resource, request.fields) : deepClone(resource)) as T & { id: string } }));
      return { resourceType: 'Bundle', type: 'searchset', entry: entry.length ? entry : undefined, total: matched.length };
    },
  });
}

/** FHIR's mark on a resource that `_elements` cut short. */
export const SUBSETTED = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' };

/**
 * A search's resource as `_elements` asks for it: its type, id and meta (marked SUBSETTED, as FHIR
 * says) and the elements named, as Medplum's server answers; its in-memory repository ignores
 * `_elements` and answered the pull's reference probes with whole resources, so a first sync read
 * back every record it had just pushed (a cost the floor, which reads nothing, never meets).
 */
function subsetted(resource: Stored, fields: readonly string[]): Resource {
  const meta = deepClone(resource.meta ?? {});
  const subset: Record<string, unknown> = { resourceType: resource.resourceType, id: resource.id, meta: { ...meta, tag: [...(meta.tag ?? []), SUBSETTED] } };
  for (const field of fields) if (field in resource && !(field in subset)) subset[field] = deepClone((resource as unknown as Record<string, unknown>)[field]);
  return subset as unknown as Resource;
}

/** Every stored resource matching `request`, in the plain repository's order. */
function matchesOf(repo: MemoryRepository, request: SearchRequest): Stored[] {
  const { resourceType, sortRules = [] } = request;
  const index = typeIndex(repo, resourceType);
  const key = JSON.stringify([request.filters ?? [], sortRules]);
  const cached = sortRules.length ? index.sorted.get(key) : undefined;
  if (cached) return cached;
  const rows = (repo as unknown as Maps).resources.get(resourceType) ?? new Map<string, Stored>();
  const ids = tokenCandidates(index.ids, request, '_id') ?? tokenCandidates(index.identifiers, request, 'identifier') ?? smaller(referenceCandidates(index.references, request), stampCandidates(rows, index, request));
  // Ids no longer stored (deleted, rolled back) have no place and drop out here.
  const placed = ids && [...ids].flatMap((id) => (index.position.has(id) ? [[index.position.get(id)!, id] as const] : []));
  const candidates = placed ? placed.sort(([a], [b]) => a - b).map(([, id]) => rows.get(id)!) : [...rows.values()];
  const matches = matcherFor(request);
  let list = candidates.filter(matches);
  for (const rule of sortRules) list = sortedBy(list, resourceType, rule.code, rule.descending === true);
  if (sortRules.length) index.sorted.set(key, list);
  return list;
}

/**
 * matchesSearchRequest, with each `_lastUpdated` filter on a stamp as Medplum writes one decided as
 * Medplum's date match decides it (match.ts: the stamp is a period starting and ending at itself,
 * compared as a string with the bound's period), without evaluating
 * FHIRPath per resource; a database answers such a filter from its index. Anything else, and a
 * stamp of another form, goes through Medplum's own match, filter by filter (all must match, as there).
 */
function matcherFor(request: SearchRequest): (resource: Stored) => boolean {
  const filters = (request.filters ?? []).map((filter) => {
    // One bound: Medplum's search parser refuses a comma list of dates.
    const bound = filter.code === '_lastUpdated' && STAMP_OPERATORS.has(filter.operator) && stampExpression(request.resourceType) ? toPeriod(filter.value) : undefined;
    const alone: SearchRequest = { ...request, filters: [filter] };
    return (resource: Stored, stamp: string | undefined) => (bound && stamp !== undefined ? stampMatches(stamp, filter.operator, bound.start!, bound.end!) : matchesSearchRequest(resource, alone));
  });
  return (resource) => {
    if (resource.resourceType !== request.resourceType) return false;
    const stamp = resource.meta?.lastUpdated;
    const plain = stamp !== undefined && ISO_STAMP.test(stamp) ? stamp : undefined;
    return filters.every((matches) => matches(resource, plain));
  };
}

/** Medplum's date operators that compare a period with a bound (its negations, `ne`, are left to Medplum). */
const STAMP_OPERATORS: ReadonlySet<Operator> = new Set([Operator.EQUALS, Operator.APPROXIMATELY, Operator.LESS_THAN, Operator.GREATER_THAN, Operator.LESS_THAN_OR_EQUALS, Operator.GREATER_THAN_OR_EQUALS, Operator.STARTS_AFTER, Operator.ENDS_BEFORE]);

/** Where the type's `_lastUpdated` reads the stamp alone (Medplum indexes it per type: `Task.meta.lastUpdated`). */
const stampExpression = (resourceType: string) => [`${resourceType}.meta.lastUpdated`, 'Resource.meta.lastUpdated'].includes(globalSchema.types[resourceType]?.searchParams?._lastUpdated?.expression ?? '');

/** Medplum's matchesDateValue for a stamp: its period starts and ends at the stamp. */
function stampMatches(stamp: string, operator: Operator, start: string, end: string): boolean {
  switch (operator) {
    case Operator.APPROXIMATELY:
    case Operator.EQUALS:
      return stamp < end && stamp > start;
    case Operator.LESS_THAN:
      return stamp < start;
    case Operator.GREATER_THAN:
      return stamp > end;
    case Operator.LESS_THAN_OR_EQUALS:
      return stamp <= end;
    case Operator.GREATER_THAN_OR_EQUALS:
      return stamp >= start;
    case Operator.STARTS_AFTER:
      return stamp > end;
    case Operator.ENDS_BEFORE:
      return stamp < start;
    default:
      return false;
  }
}

/** Of two candidate sets (either may be missing), the one with fewer rows to match, as a query planner picks its index. */
function smaller(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || !b) return a ?? b;
  return a.size <= b.size ? a : b;
}

/** A token search (`_id`, `identifier`) through its value index: what Medplum compares, lower-cased. */
function tokenCandidates(values: Map<string, Set<string>>, request: SearchRequest, code: '_id' | 'identifier'): Set<string> | undefined {
  const filter = request.filters?.find((f) => f.code === code && f.operator === Operator.EQUALS);
  if (!filter || (code === 'identifier' && !identifierIsIndexed(request.resourceType))) return undefined;
  const ids = new Set<string>();
  for (const value of splitSearchOnComma(filter.value)) {
    // The part Medplum's token match compares with the value; a system alone needs every row.
    const wanted = value.includes('|') ? value.split('|')[1] : value;
    if (!wanted) return undefined;
    for (const id of values.get(wanted.toLowerCase()) ?? []) ids.add(id);
  }
  return ids;
}

/**
 * A `subject` or `patient` search (a scoped pull's groups), or a CareTeam `participant` search (the
 * team's), through the reference index: where those parameters read only `subject`, `for`,
 * `patient` or `participant.member` (Communication, Task, Condition, Encounter, Composition,
 * CareTeam), every match holds a reference whose id part is one asked for.
 */
function referenceCandidates(references: Map<string, Set<string>>, request: SearchRequest): Set<string> | undefined {
  const filter = request.filters?.find((f) => REFERENCE_CODES.includes(f.code) && f.operator === Operator.EQUALS);
  if (!filter || !referenceIsIndexed(request.resourceType, filter.code)) return undefined;
  const ids = new Set<string>();
  for (const value of splitSearchOnComma(filter.value)) {
    const key = referenceKey(value);
    if (!key) return undefined;
    for (const id of references.get(key) ?? []) ids.add(id);
  }
  return ids;
}

const REFERENCE_CODES = ['subject', 'patient', 'participant'];

function referenceIsIndexed(resourceType: string, code: string): boolean {
  const expression = globalSchema.types[resourceType]?.searchParams?.[code]?.expression ?? '';
  const own = expression.split('|').map((part) => part.trim()).filter((part) => part.startsWith(`${resourceType}.`));
  return own.length > 0 && own.every((part) => /^\w+\.(subject|for|patient|participant\.member)(\.where\(resolve\(\) is Patient\))?$/.test(part));
}

/** The index holds `identifier` and `masterIdentifier` values: usable where the parameter reads only those. */
function identifierIsIndexed(resourceType: string): boolean {
  const expression = globalSchema.types[resourceType]?.searchParams?.identifier?.expression ?? '';
  const own = expression.split('|').map((part) => part.trim()).filter((part) => part.startsWith(`${resourceType}.`));
  return own.length > 0 && own.every((part) => part === `${resourceType}.identifier` || part === `${resourceType}.masterIdentifier`);
}

/**
 * Every lower bound Medplum's date search knows (ge, gt, sa) needs the stamp's end at or after the
 * bound's start: the rows whose stamp ends there or later, through the write-ordered log.
 */
function stampCandidates(rows: Map<string, Stored>, index: TypeIndex, request: SearchRequest): Set<string> | undefined {
  const lower: string[] = [Operator.GREATER_THAN, Operator.GREATER_THAN_OR_EQUALS, Operator.STARTS_AFTER];
  const filter = request.filters?.find((f) => f.code === '_lastUpdated' && lower.includes(f.operator) && !f.value.includes(','));
  const start = filter ? toPeriod(filter.value)?.start : undefined;
  if (!start || !index.stampsComplete) return undefined;
  const ids = new Set<string>();
  for (let i = firstEndingAtOrAfter(index.stamps, Date.parse(start)); i < index.stamps.length; i++) {
    const { id, lastUpdated } = index.stamps[i]!;
    // An older row of the log whose resource was written again since is not its stamp any more.
    if (rows.get(id)?.meta?.lastUpdated === lastUpdated) ids.add(id);
  }
  return ids;
}

function firstEndingAtOrAfter(stamps: TypeIndex['stamps'], ms: number): number {
  let [low, high] = [0, stamps.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (stamps[middle]!.endMs < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Medplum's sort: the search parameter's value as JSON, compared with localeCompare; a stable sort keeps ties in stored order. */
function sortedBy(list: Stored[], resourceType: string, code: string, descending: boolean): Stored[] {
  const expression = globalSchema.types[resourceType]?.searchParams?.[code]?.expression;
  if (!expression) return list;
  if (code === '_lastUpdated') {
    const byStamp = sortedByStamp(list, descending);
    if (byStamp) return byStamp;
  }
  const keyed = list.map((resource) => ({ resource, key: JSON.stringify(evalFhirPath(expression, resource)) }));
  keyed.sort((a, b) => a.key.localeCompare(b.key) * (descending ? -1 : 1));
  return keyed.map(({ resource }) => resource);
}

/** A stamp as Medplum writes one (toISOString): all of the same length, with the same punctuation in the same places. */
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Medplum's `_lastUpdated` order where every stamp is one it writes, as a database answers it from
 * an index: the stamps compared as they are. Wrapped alike in JSON, stamps of one form compare under
 * localeCompare as their characters do (digits in order, the punctuation in the same places), so
 * the order and its ties are Medplum's; without it a first sync's probe ran FHIRPath over each of
 * the 200,000 contacts and sorted their JSON by locale (seconds, billed to Rapport's reads alone:
 * the floor searches nothing). Undefined when a stamp is of another form (Medplum's way then).
 */
function sortedByStamp(list: Stored[], descending: boolean): Stored[] | undefined {
  if (!list.every((resource) => ISO_STAMP.test(resource.meta?.lastUpdated ?? ''))) return undefined;
  const direction = descending ? -1 : 1;
  // Array.prototype.sort is stable: ties stay in stored order, as in Medplum's sort.
  return [...list].sort((a, b) => (a.meta!.lastUpdated! < b.meta!.lastUpdated! ? -direction : a.meta!.lastUpdated! > b.meta!.lastUpdated! ? direction : 0));
}
