// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, seedTeam } from './harness/team';
import { runSyncRound } from '../../src/sync/round';
import { createTransport } from '../../src/sync/transport';
import { loadServerIds } from '../../src/sync/outbox';
import { createClient } from '../../src/store/clients';
import { contactsForClient, logContact } from '../../src/store/contacts';
import { getClient } from '../../src/store/client-reads';
import type { RapportDb } from '../../src/store/db';
import { searchesAsked } from './harness/searches';

/**
 * A first sync with a care team: the clients it creates on the server join the scope without their
 * records being read back whole (they hold nothing but what the round wrote), yet a record another
 * tool wrote about one of them in between is pulled.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: { uma: { fhirUser: 'Practitioner/uma' }, vic: { fhirUser: 'Practitioner/vic' }, wes: { fhirUser: 'Practitioner/wes' } } });
  await seedTeam(server, 'west', { uma: { name: 'Uma West', role: 'care-manager' }, vic: { name: 'Vic West', role: 'care-manager' }, wes: { name: 'Wes West', role: 'care-manager' } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function caseload(user: string, names: string[]): Promise<{ db: RapportDb; ids: string[] }> {
  const db = await connectedAs(await newCaseload(), server, user, T0);
  const ids: string[] = [];
  for (const name of names) {
    const client = await createClient(db, { name }, T0 - 10_000);
    for (let k = 0; k < 3; k++) await logContact(db, { clientId: client.id, at: T0 - k * 1_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: `${name} call ${k}`, tags: [] }, T0 - k * 1_000);
    ids.push(client.id);
  }
  return { db, ids };
}

/**
 * A round whose Communication searches are listed: `refs` asks for references only, `whole` for the
 * records; `byPatient` counts the reference searches that name patients. `unstamped`: the server's
 * answers to Bundles say nothing of when it wrote (no meta.lastUpdated, no lastModified), as a
 * server may answer.
 */
async function round(db: RapportDb, now: number, before?: (url: URL) => Promise<void>, unstamped = false) {
  const searches: string[] = [];
  let byPatient = 0;
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    for (const search of searchesAsked(input, init)) {
      if (!search.pathname.endsWith('/Communication')) continue;
      searches.push(search.searchParams.has('_elements') ? 'refs' : 'whole');
      if (search.searchParams.has('_elements') && search.searchParams.has('subject')) byPatient++;
      await before?.(search);
    }
    const answer = await fetch(input, init);
    if (!unstamped || method !== 'POST' || !url.pathname.endsWith('/R4/')) return answer;
    const bundle = (await answer.json()) as Bundle;
    for (const entry of bundle.entry ?? []) {
      delete entry.resource?.meta?.lastUpdated;
      delete entry.response?.lastModified;
    }
    return new Response(JSON.stringify(bundle), { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  const outcome = await runSyncRound({ ...roundDeps(db, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
  return { outcome, searches, byPatient };
}

/**
 * Another tool (the EHR) logs a call for the client at the first reference probe of a round: after
 * the round's push, before its pull.
 */
function ehrLogsCallAtFirstProbe(db: RapportDb, clientId: string, sentAt: number): (url: URL) => Promise<void> {
  let written = false;
  return async (url) => {
    if (written || url.searchParams.get('_elements') !== 'subject') return;
    written = true;
    const patientId = (await loadServerIds(db, 'clients')).get(clientId)!;
    const answer = await server.engine.handle('POST', 'Communication', { resourceType: 'Communication', status: 'completed', subject: { reference: `Patient/${patientId}` }, sent: new Date(sentAt).toISOString(), payload: [{ contentString: 'From the EHR' }], medium: [{ coding: [{ code: 'PHONE' }] }] });
    expect(answer.status).toBe(201);
  };
}

describe('a first sync with a care team', () => {
  test('reads back only references of the clients it created; a record written about them meanwhile by another tool is pulled', async () => {
    const uma = await caseload('uma', ['Abe Stone', 'Bea Stone']);
    const first = await round(uma.db, T0 + 1_000);
    expect(first.outcome).toMatchObject({ kind: 'synced', pushed: 8, pulled: 0, problems: [] });
    expect(first.searches.length).toBeGreaterThan(0);
    expect(first.searches.every((search) => search === 'refs')).toBe(true);
    // One search since the first Patient was stamped, server-wide, covers both clients: none names them.
    expect(first.byPatient).toBe(0);
    for (const id of uma.ids) expect(await contactsForClient(uma.db, id)).toHaveLength(3);
    // The next round finds nothing new and reads nothing whole either.
    expect(await round(uma.db, T0 + 2_000)).toMatchObject({ outcome: { pulled: 0 }, searches: ['refs'] });

    // Another tool logs a call for Cid while Vic's first sync runs (after his push, before his pull).
    const vic = await caseload('vic', ['Cid Moor']);
    const withEhr = await round(vic.db, T0 + 4_000, ehrLogsCallAtFirstProbe(vic.db, vic.ids[0]!, T0 + 3_500));
    expect(withEhr.outcome).toMatchObject({ kind: 'synced', pushed: 4, pulled: 1, problems: [] });
    expect(withEhr.searches).toContain('whole');
    expect(await contactsForClient(vic.db, vic.ids[0]!)).toHaveLength(4);
    const onServer = ((await server.engine.handle('GET', 'Communication?_count=50')).body as Bundle).entry ?? [];
    expect(onServer).toHaveLength(10);
  });

  test('a server that does not say when it wrote: the new clients are listed by patient, and another tool\'s record about one of them is still pulled', async () => {
    const wes = await caseload('wes', ['Dot Hale', 'Eli Hale']);
    const first = await round(wes.db, T0 + 6_000, ehrLogsCallAtFirstProbe(wes.db, wes.ids[1]!, T0 + 5_500), true);
    expect(first.outcome).toMatchObject({ kind: 'synced', pushed: 8, pulled: 1, problems: [] });
    expect(first.byPatient).toBeGreaterThan(0);
    expect(await contactsForClient(wes.db, wes.ids[0]!)).toHaveLength(3);
    expect(await contactsForClient(wes.db, wes.ids[1]!)).toHaveLength(4);
  });

  test('a colleague who changes a record of this first sync while its push still runs: the pull brings their version over the one pushed', async () => {
    // Xan's Patient goes in one Bundle, his contacts in the next: between the two, a colleague's
    // device adds a phone number to the Patient just created. That version is stamped before this
    // push's last write, so only a pull that reads every version since the first Patient was
    // stamped (pull-scoped.ts, probeBorn) can tell it from the push's own.
    const xan = await caseload('uma', ['Xan Reed']);
    let rewritten = false;
    const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const bundle = init?.method === 'POST' && typeof init.body === 'string' ? (JSON.parse(init.body) as Bundle) : undefined;
      if (!rewritten && bundle?.entry?.some((entry) => entry.request?.method === 'POST' && entry.request.url === 'Communication')) {
        rewritten = true;
        const patientId = (await loadServerIds(xan.db, 'clients')).get(xan.ids[0]!)!;
        const patient = (await server.engine.handle('GET', `Patient/${patientId}`)).body as Patient;
        const answer = await server.engine.handle('PUT', `Patient/${patientId}`, { ...patient, telecom: [{ system: 'phone', value: '555-0199' }] }, { 'if-match': `W/"${patient.meta!.versionId}"` });
        if (answer.status !== 200) throw new Error(`the colleague's write was refused (${answer.status})`);
      }
      return fetch(input, init);
    }) as typeof fetch;
    const outcome = await runSyncRound({ ...roundDeps(xan.db, T0 + 8_000), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
    expect(rewritten).toBe(true);
    expect(outcome).toMatchObject({ kind: 'synced', pushed: 4, problems: [] });
    expect((await getClient(xan.db, xan.ids[0]!))?.phone).toBe('555-0199');
    expect(await contactsForClient(xan.db, xan.ids[0]!)).toHaveLength(3);
  });
});
