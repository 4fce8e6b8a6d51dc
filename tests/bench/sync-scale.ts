import 'fake-indexeddb/auto';
import '../setup/web-locks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBFactory } from 'fake-indexeddb';
import type { Bundle } from '@medplum/fhirtypes';
import type { HttpMethod } from '@medplum/fhir-router';
import type { FhirEngine } from '../sync/harness/fhir-engine';
import { CLEAR_TOKENS } from '../sync/harness/caseloads';
import { openRapportDb, type RapportDb } from '../../src/store/db';
import { recordSeenClient } from '../../src/store/clients';
import { enrolClient } from '../../src/store/enrolment';
import { logContact } from '../../src/store/contacts';
import { addCallback, completeCallback } from '../../src/store/callbacks';
import { saveSyncSettings } from '../../src/sync/settings';
import { saveTokens } from '../../src/sync/token-store';
import { createTransport } from '../../src/sync/transport';
import { runSyncRound, type RoundOutcome } from '../../src/sync/round';
import { countWaiting } from '../../src/sync/status';
import { copyEngine, createIndexedEngine } from './sync-scale-router';
import { profiled } from './sync-scale-profile';
import { DAY_MS as DAY } from '../../src/domain/time/dates';
import { loadServerIds } from '../../src/sync/outbox';
import { colleaguesCover, managerOf, MEMBER, seedBenchTeam, spreadCaseload, SUPERVISOR } from './sync-scale-team';

/**
 * Team sync at scale, in process: Rapport's sync round (outbox, transaction Bundles, the transport,
 * the pull) against Medplum's router, next to a floor measured in the same run: the very Bundles the
 * round posted, posted straight to a router in the same state, with nothing of Rapport around them.
 * The network is the one thing left out (a fetch that calls the router), on both sides.
 */

const FHIR_BASE = 'https://fhir.bench.invalid/fhir/R4/';
const EHR = 'https://ehr.bench.invalid';
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const HOUR = 3_600_000;

export interface Size {
  clients: number;
  contacts: number;
  callbacks: number;
}

/**
 * A full garbage collection before each timed part, untimed (before the first sync and before its
 * floor, so neither collects the other's or the seeding's garbage), and between the first sync and the incremental one: without it
 * the first sync's leftover garbage (hundreds of MB at 0.1 scale, how much of it promoted depends
 * on timing) is collected by whichever timed run triggers the collection, and the same 100-change
 * round measured 80 ms in one run and 430 ms in the next (the live heap the same, 207-209 MB).
 */
const gc = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as (options?: { type: 'major' | 'minor' }) => void;
})();

/**
 * The collection, then a wait until the collector's helper threads are idle: V8 sweeps the heap
 * after a collection on background threads, and this process's CPU time counts theirs, so a timed
 * part started at once paid for sweeping the whole heap (23-62 ms of CPU after each collection at
 * 0.1 scale; at full scale a floor of 2 Bundles started right after one measured 404 ms CPU, against
 * 5-8 ms otherwise). Idle: under 1 ms of CPU in 20 ms.
 */
async function collectGarbage(): Promise<void> {
  gc();
  await collectorIdle();
}

/**
 * A young-generation collection right before a timed part, untimed: what the bench made just before
 * it (the server's copy for the floor, the member's changes, a floor's parsed Bundles) is otherwise
 * still in the young generation, and the part's first scavenges copy all of it out, billed to that
 * part. A round's trace (--trace-gc, 0.1 scale) showed its two scavenges at 13-98 ms each copying
 * the server copy made just before it: a cost of the bench's set-up, and one that grows with the
 * server. Only the young generation: a full collection here made the floors slower (its sweeping,
 * see docs/sync-scale.md), and the old generation is what the part meets as it is.
 */
async function emptyNursery(): Promise<void> {
  gc({ type: 'minor' });
  await collectorIdle();
}

async function collectorIdle(): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 20) {
    const before = cpuMs();
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (cpuMs() - before < 1) return;
  }
}

/** Milliseconds of CPU this process has used: the bench's measure (see below). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Both sides are measured in CPU time, with wall time beside it: everything here runs in this
 * process (router, IndexedDB, Rapport), so CPU time is the work done, while wall time on a machine
 * shared with other jobs also counts the time they held the cores (one 0.02 run gave 0.56× first
 * and 2.46× incremental in wall time with the same code).
 */
export interface Figure {
  label: string;
  /**
   * The first sync, care manager 0's incremental round, or the supervisor's round that pulls it (its
   * floor: care manager 0's); `-daily`: the same rounds as the day's first, which search the team whole.
   */
  kind: 'first' | 'member' | 'supervisor' | 'member-daily' | 'supervisor-daily';
  /** CPU milliseconds. */
  rapportMs: number;
  floorMs: number;
  /**
   * The floor as it was defined before a round's searches went inside its pushed Bundles
   * (sync/carry.ts): the same Bundles without their GET entries, so those reads are billed to
   * Rapport's side alone, as they were when they were requests of their own.
   */
  floorWritesMs: number;
  rapportWallMs: number;
  floorWallMs: number;
  posts: number;
  requests: number;
  resources: number;
  routerMs: number;
  readMs: number;
  wireMs: number;
}

interface Recorder {
  fetchImpl: typeof globalThis.fetch;
  /**
   * Each Bundle posted, as the text Rapport sent: the router writes ids into the Bundles it is
   * handed, so the parsed ones are no longer what was sent; the floor parses its own, untimed.
   */
  posted: string[];
  requests: number;
  /** Time spent inside the router, of which the pull's reads are the part the floor has no counterpart for. */
  routerMs: number;
  readMs: number;
  /**
   * The glue's own work, outside the router: the server's side of the wire (the request's URL,
   * headers and JSON parsed, the answer's JSON written and made a Response), which the floor does not pay.
   */
  wireMs: number;
  reset(): void;
}

/** A fetch that hands each request to the router as the loopback glue does, keeping every Bundle posted. */
function routerFetch(engine: FhirEngine): Recorder {
  const recorder: Recorder = {
    posted: [],
    requests: 0,
    routerMs: 0,
    readMs: 0,
    wireMs: 0,
    reset() {
      recorder.posted = [];
      recorder.requests = 0;
      recorder.routerMs = 0;
      recorder.readMs = 0;
      recorder.wireMs = 0;
    },
    fetchImpl: (async (input: URL | RequestInfo, init?: RequestInit) => {
      const parsing = cpuMs();
      const url = new URL(String(input));
      const path = url.pathname.slice(new URL(FHIR_BASE).pathname.length) + url.search;
      const body = typeof init?.body === 'string' && init.body ? (JSON.parse(init.body) as unknown) : undefined;
      const method = (init?.method ?? 'GET') as HttpMethod;
      recorder.requests++;
      // A batch of searches (a round's probes, sync/batch-read.ts) is a read: the floor posts none.
      const reads = method === 'GET' || (method === 'POST' && path === '' && (body as Bundle).entry?.every((entry) => entry.request?.method === 'GET') === true);
      if (method === 'POST' && path === '' && !reads) recorder.posted.push(init!.body as string);
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const started = cpuMs();
      recorder.wireMs += started - parsing;
      const answer = await engine.handle(method, path, body, headers);
      const writing = cpuMs();
      const spent = writing - started;
      recorder.routerMs += spent;
      if (reads) recorder.readMs += spent;
      const response = new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
      recorder.wireMs += cpuMs() - writing;
      return response;
    }) as typeof globalThis.fetch,
  };
  return recorder;
}

/** The caseload a care manager has before turning sync on, written through the store as the panel writes it. */
async function seedCaseload(db: RapportDb, size: Size): Promise<string[]> {
  const clientIds: string[] = [];
  for (let i = 0; i < size.clients; i++) {
    const mrn = `SCALE-${i}`;
    const { client } = await recordSeenClient(db, { context: { name: `Scale Client ${i}`, mrn, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}` }, T0 - 400 * DAY);
    await enrolClient(db, client.id, T0 - 400 * DAY);
    clientIds.push(client.id);
  }
  for (let i = 0; i < size.contacts; i++) {
    const at = T0 - (i % 365) * DAY - DAY;
    await logContact(db, { clientId: clientIds[i % clientIds.length]!, at, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Talked about the new inhaler and the pharmacy hours.', tags: [] }, at);
  }
  for (let i = 0; i < size.callbacks; i++) {
    await addCallback(db, { clientId: clientIds[i % clientIds.length]!, dueAt: T0 + (i % 30) * DAY, reason: 'Check the pharmacy delivered' }, T0 - DAY);
  }
  return clientIds;
}

/** Whether any posted Bundle carries searches (sync/carry.ts). */
const carriesReads = (posted: readonly string[]) => posted.some((text) => (JSON.parse(text) as Bundle).entry?.some((entry) => entry.request?.method === 'GET') === true);

/** The Bundles less their GET entries: the floor's old definition (see Figure's floorWritesMs). */
const writesOnly = (posted: readonly string[]) =>
  posted.map((text) => {
    const bundle = JSON.parse(text) as Bundle;
    return JSON.stringify({ ...bundle, entry: bundle.entry?.filter((entry) => entry.request?.method !== 'GET') });
  });

async function postStraight(engine: FhirEngine, posted: readonly string[]): Promise<{ ms: number; wallMs: number }> {
  const bundles = posted.map((text) => JSON.parse(text) as Bundle);
  await emptyNursery();
  const [cpu, wall] = [cpuMs(), performance.now()];
  for (const bundle of bundles) {
    const answer = await engine.handle('POST', '', bundle, { 'content-type': 'application/fhir+json' });
    if (answer.status >= 300) throw new Error(`floor: the router refused a Bundle (${answer.status})`);
  }
  return { ms: cpuMs() - cpu, wallMs: performance.now() - wall };
}

async function timedRound(db: RapportDb, recorder: Recorder, now: number, label: string): Promise<{ ms: number; wallMs: number; outcome: RoundOutcome }> {
  recorder.reset();
  await emptyNursery();
  const [cpu, wall] = [cpuMs(), performance.now()];
  const outcome = await profiled(label, () => runSyncRound({
    db,
    vaultStatus: () => 'off',
    sealer: CLEAR_TOKENS,
    transport: (fhirBase, accessToken) => createTransport({ fhirBase, accessToken, fetchImpl: recorder.fetchImpl, now: () => now }),
    smart: { random: (bytes) => crypto.getRandomValues(new Uint8Array(bytes)), sha256: async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)) },
    now: () => now,
  }));
  const [ms, wallMs] = [cpuMs() - cpu, performance.now() - wall];
  if (outcome.kind !== 'synced') throw new Error(`the round did not sync: ${JSON.stringify(outcome)}`);
  return { ms, wallMs, outcome };
}

const resourcesIn = (posted: readonly string[]) => posted.reduce((sum, text) => sum + ((JSON.parse(text) as Bundle).entry?.length ?? 0), 0);
/** What a round sent and what it cost the server, as the recorder kept it since its last reset. */
const recorded = ({ posted, requests, routerMs, readMs, wireMs }: Recorder) => ({ posts: posted.length, requests, resources: resourcesIn(posted), routerMs, readMs, wireMs });

/**
 * A small first sync, untimed, and its Bundles posted straight to another router, before the timed
 * ones: the first of two runs of the same code pays for its compiling, so without this the timed
 * round met the router's code cold and the floor, run after it, warm.
 */
async function warmUp(size: Size, tokens: Parameters<typeof saveTokens>[1]): Promise<void> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openRapportDb();
  await seedCaseload(db, { clients: Math.ceil(size.clients / 20), contacts: Math.ceil(size.contacts / 20), callbacks: Math.ceil(size.callbacks / 20) });
  await saveSyncSettings(db, { enabled: true, fhirBase: FHIR_BASE, clientId: 'rapport-bench', connectedAt: T0, fhirUser: `Practitioner/${MEMBER}` });
  await saveTokens(db, tokens, CLEAR_TOKENS);
  const [engine, fresh] = [createIndexedEngine(FHIR_BASE), createIndexedEngine(FHIR_BASE)];
  await seedBenchTeam(engine);
  await seedBenchTeam(fresh);
  const recorder = routerFetch(engine);
  await timedRound(db, recorder, T0, 'warm-up');
  await postStraight(fresh, recorder.posted);
  db.close();
}

/**
 * `incrementalRuns`: incremental rounds one after another, a working day apart, each against its own
 * floor (one is noisy at a floor of milliseconds). Each run: care manager 0 makes `changes` changes
 * to their own clients and syncs (the member's round, against the floor of the Bundles it posted),
 * colleagues change a few CareTeams elsewhere, and the supervisor's device syncs (the supervisor's
 * round: it posts nothing, so it is shown against the member's floor for the same changes).
 */
export async function runSyncScaleBench(size: Size, changes: number, log: (line: string) => void, incrementalRuns = 1): Promise<Figure[]> {
  const factory = (globalThis.indexedDB = new IDBFactory());
  const db = await openRapportDb();
  let started = performance.now();
  const clientIds = await seedCaseload(db, size);
  log(`seeded ${size.clients} clients / ${size.contacts} contacts / ${size.callbacks} callbacks in ${Math.round(performance.now() - started)} ms (not timed)`);
  const tokens = { accessToken: 'bench-token', expiresAt: T0 + 365 * DAY, scope: 'user/*.cruds' };
  await saveSyncSettings(db, { enabled: true, fhirBase: FHIR_BASE, clientId: 'rapport-bench', connectedAt: T0, fhirUser: `Practitioner/${MEMBER}` });
  await saveTokens(db, tokens, CLEAR_TOKENS);

  await warmUp(size, tokens);
  globalThis.indexedDB = factory;
  const engine = createIndexedEngine(FHIR_BASE);
  const fresh = createIndexedEngine(FHIR_BASE);
  const freshForWrites = createIndexedEngine(FHIR_BASE);
  await seedBenchTeam(engine);
  await seedBenchTeam(fresh);
  await seedBenchTeam(freshForWrites);
  const recorder = routerFetch(engine);
  await collectGarbage();
  const first = await timedRound(db, recorder, T0, 'first');
  const firstBundles = recorder.posted;
  const firstRequests = recorder.requests;
  const firstRouter = { routerMs: recorder.routerMs, readMs: recorder.readMs, wireMs: recorder.wireMs };
  if ((await countWaiting(db)) !== 0) throw new Error('the first sync left changes waiting');
  await collectGarbage();
  const firstFloor = await postStraight(fresh, firstBundles);
  let firstWritesFloor = firstFloor;
  if (carriesReads(firstBundles)) {
    await collectGarbage();
    firstWritesFloor = await postStraight(freshForWrites, writesOnly(firstBundles));
  }

  const figures: Figure[] = [
    { label: 'first sync', kind: 'first', rapportMs: first.ms, floorMs: firstFloor.ms, floorWritesMs: firstWritesFloor.ms, rapportWallMs: first.wallMs, floorWallMs: firstFloor.wallMs, posts: firstBundles.length, requests: firstRequests, resources: resourcesIn(firstBundles), ...firstRouter },
  ];

  // The organisation spreads the caseload across the team, then both devices settle (untimed).
  const indexOfClient = new Map(clientIds.map((id, index) => [id, index]));
  const indexOf = new Map([...(await loadServerIds(db, 'clients'))].flatMap(([clientId, patientId]) => (indexOfClient.has(clientId) ? [[patientId, indexOfClient.get(clientId)!] as const] : [])));
  await spreadCaseload(engine, indexOf, T0);
  const settle = T0 + DAY / 2;
  await timedRound(db, recorder, settle, 'member-settle');
  globalThis.indexedDB = new IDBFactory();
  const supervisorDb = await openRapportDb();
  await saveSyncSettings(supervisorDb, { enabled: true, fhirBase: FHIR_BASE, clientId: 'rapport-bench', connectedAt: T0, fhirUser: `Practitioner/${SUPERVISOR}` });
  await saveTokens(supervisorDb, tokens, CLEAR_TOKENS);
  started = performance.now();
  const supervisorFirst = await timedRound(supervisorDb, recorder, settle, 'supervisor-first');
  log(`the supervisor's first round pulled ${supervisorFirst.outcome.kind === 'synced' ? supervisorFirst.outcome.pulled : 0} records in ${Math.round(supervisorFirst.ms)} ms CPU (not compared: it has no floor)`);

  const own = clientIds.filter((_, index) => managerOf(index) === 0);
  // The runs an hour apart; one more a day later, the day's first round (a whole team search, sync/team.ts).
  for (let run = 0; run <= incrementalRuns; run++) {
    const daily = run === incrementalRuns;
    await collectGarbage();
    // The 100 changes of a working stretch on the member's own clients: contacts logged, callbacks owed, callbacks done (updates).
    const now = daily ? settle + DAY + HOUR : settle + (run + 1) * HOUR;
    const done = Math.floor(changes * 0.3);
    const owed = Math.floor(changes * 0.3);
    const logged = changes - done - owed;
    const ownSet = new Set(own);
    const openCallbacks = (await db.getAll('callbacks')).filter((callback) => 'status' in callback && callback.status === 'open' && ownSet.has(callback.clientId)).slice(0, done);
    for (let i = 0; i < logged; i++) await logContact(db, { clientId: own[(i + run * logged) % own.length]!, at: now, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Follow-up after the visit', tags: [] }, now);
    for (let i = 0; i < owed; i++) await addCallback(db, { clientId: own[(i * 7 + run) % own.length]!, dueAt: now + 2 * DAY }, now);
    for (const callback of openCallbacks) await completeCallback(db, callback.id, now);
    await colleaguesCover(engine, indexOf, run, 10, now - HOUR / 4);
    const waiting = await countWaiting(db);
    const before = copyEngine(engine, FHIR_BASE);
    const incremental = await timedRound(db, recorder, now, incrementalRuns > 1 ? `incremental-${run + 1}` : 'incremental');
    // Copied after the round, from the untouched copy: the round is timed with one copy of the server
    // alive beside it, as before the second floor, not with a heap twice as large to collect.
    const beforeForWrites = carriesReads(recorder.posted) ? copyEngine(before, FHIR_BASE) : undefined;
    const incrementalFloor = await postStraight(before, recorder.posted);
    // Straight after the floor, as the floor is after its round; the same Bundles less their searches.
    const writesFloor = beforeForWrites ? await postStraight(beforeForWrites, writesOnly(recorder.posted)) : incrementalFloor;
    if (run === 0) log(`incremental changes queued: ${waiting} (${logged} contacts logged, ${owed} callbacks owed, ${openCallbacks.length} callbacks done)`);
    const suffix = daily ? ', the day\'s first' : incrementalRuns > 1 ? ` #${run + 1}` : '';
    // The supervisor posts nothing: its round stands beside the member's floor.
    const figure = (label: string, kind: Figure['kind'], round: { ms: number; wallMs: number }): Figure => ({
      label: `${label}${suffix}`,
      kind,
      rapportMs: round.ms,
      floorMs: incrementalFloor.ms,
      floorWritesMs: writesFloor.ms,
      rapportWallMs: round.wallMs,
      floorWallMs: incrementalFloor.wallMs,
      ...recorded(recorder),
    });
    figures.push(figure(`member's round (${waiting} changes)`, daily ? 'member-daily' : 'member', incremental));
    await collectGarbage();
    const supervisor = await timedRound(supervisorDb, recorder, now + DAY / 8, `supervisor-${run + 1}`);
    figures.push(figure("supervisor's round", daily ? 'supervisor-daily' : 'supervisor', supervisor));
  }
  db.close();
  supervisorDb.close();
  return figures;
}
