// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, seedTeam, syncedRound } from './harness/team';
import { runSyncRound } from '../../src/sync/round';
import { createTransport } from '../../src/sync/transport';
import { createClient, listClients } from '../../src/store/clients';
import { updateRecord } from '../../src/store/base';
import { contactsForClient, logContact } from '../../src/store/contacts';
import type { RapportDb } from '../../src/store/db';

/**
 * A round's pull probes and the handoffs' first search go inside the push's last Bundle, after its
 * writes (sync/carry.ts): one request fewer, nothing pulled less. A server that will not take GETs
 * inside a pushed Bundle has it sent again without them, and the searches asked on their own.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: { uma: { fhirUser: 'Practitioner/uma' } } });
  await seedTeam(server, 'west', { uma: { name: 'Uma West', role: 'care-manager' } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

interface Posted {
  writes: number;
  searches: number;
  status: number;
}

/** A round whose pushed and batched Bundles are watched; `refuseCarried`: a server that refuses a Bundle of writes carrying GETs. */
async function watchedRound(db: RapportDb, now: number, refuseCarried = false) {
  const posted: Posted[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const bundle = init?.method === 'POST' && typeof init.body === 'string' ? (JSON.parse(init.body) as { resourceType?: string; entry?: { request?: { method?: string } }[] }) : undefined;
    if (bundle?.resourceType !== 'Bundle') return fetch(input, init);
    const searches = (bundle.entry ?? []).filter((entry) => entry.request?.method === 'GET').length;
    const seen = { writes: (bundle.entry ?? []).length - searches, searches, status: 0 };
    posted.push(seen);
    if (refuseCarried && seen.writes && searches) {
      seen.status = 400;
      return new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported' }] }), { status: 400, headers: { 'content-type': 'application/fhir+json' } });
    }
    const answer = await fetch(input, init);
    seen.status = answer.status;
    return answer;
  }) as typeof fetch;
  const outcome = await runSyncRound({ ...roundDeps(db, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
  if (outcome.kind !== 'synced') throw new Error(`round: ${JSON.stringify(outcome)}`);
  return { outcome, posted };
}

/** Two devices of one care manager with one client between them, each having pulled the other's first contact. */
async function twoDevices(name: string, at: number) {
  const a = await connectedAs(await newCaseload(), server, 'uma', T0);
  const b = await connectedAs(await newCaseload(), server, 'uma', T0);
  const client = await createClient(a, { name }, at);
  await logContact(a, { clientId: client.id, at, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'First call', tags: [] }, at);
  await syncedRound(a, at + 1_000);
  await syncedRound(b, at + 2_000);
  const atB = (await listClients(b)).find((one) => one.name === name)!;
  return { a, b, client, atB };
}

const notes = async (db: RapportDb, clientId: string) => (await contactsForClient(db, clientId)).map((contact) => contact.note).sort();

describe("a round's searches inside its push", () => {
  test("a round with changes asks the pull's probes in its pushed Bundle, not in a request of their own, and still pulls what the other device wrote", async () => {
    const { a, b, client, atB } = await twoDevices('Vic Lane', T0);
    await logContact(b, { clientId: atB.id, at: T0 + 3_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the laptop', tags: [] }, T0 + 3_000);
    await syncedRound(b, T0 + 4_000);
    await logContact(a, { clientId: client.id, at: T0 + 5_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the desk', tags: [] }, T0 + 5_000);

    const { outcome, posted } = await watchedRound(a, T0 + 6_000);

    expect(outcome).toMatchObject({ pushed: 1, pulled: 1, problems: [] });
    // The push's Bundle: its write and the probes (one per type, and the handoffs'); no Bundle of searches alone.
    expect(posted.filter((bundle) => bundle.writes)).toEqual([{ writes: 1, searches: 6, status: 200 }]);
    expect(posted.filter((bundle) => !bundle.writes && bundle.searches >= 5)).toEqual([]);
    expect(await notes(a, client.id)).toEqual(['First call', 'From the desk', 'From the laptop']);
    // The other device finds this round's write, and this round did not pull its own back.
    expect(await syncedRound(b, T0 + 7_000)).toMatchObject({ pulled: 1 });
    expect(await notes(b, atB.id)).toEqual(['First call', 'From the desk', 'From the laptop']);
  });

  test('a server that refuses GETs inside a pushed Bundle gets it again without them, and the searches in their own request: nothing is lost', async () => {
    const { a, b, client, atB } = await twoDevices('Wes Dale', T0 + 10_000);
    await logContact(b, { clientId: atB.id, at: T0 + 13_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the laptop', tags: [] }, T0 + 13_000);
    await syncedRound(b, T0 + 14_000);
    await logContact(a, { clientId: client.id, at: T0 + 15_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the desk', tags: [] }, T0 + 15_000);

    const { outcome, posted } = await watchedRound(a, T0 + 16_000, true);

    expect(outcome).toMatchObject({ pushed: 1, pulled: 1, problems: [] });
    expect(posted.filter((bundle) => bundle.writes)).toEqual([
      { writes: 1, searches: 6, status: 400 },
      { writes: 1, searches: 0, status: 200 },
    ]);
    expect(posted.filter((bundle) => !bundle.writes && bundle.searches >= 6)).toHaveLength(1);
    expect(await notes(a, client.id)).toEqual(['First call', 'From the desk', 'From the laptop']);
    expect(await syncedRound(b, T0 + 17_000)).toMatchObject({ pulled: 1 });
  });

  test("a round in which only a client changed asks the probes in the Patient's transaction, and still pulls what the other device wrote", async () => {
    const { a, b, atB } = await twoDevices('Xan Reed', T0 + 20_000);
    await logContact(b, { clientId: atB.id, at: T0 + 23_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the laptop', tags: [] }, T0 + 23_000);
    await syncedRound(b, T0 + 24_000);
    const client = (await listClients(a)).find((one) => one.name === 'Xan Reed')!;
    await updateRecord(a, 'clients', client.id, { phone: '555-0142' }, T0 + 25_000);

    const { outcome, posted } = await watchedRound(a, T0 + 26_000);

    expect(outcome).toMatchObject({ pushed: 1, pulled: 1, problems: [] });
    expect(posted.filter((bundle) => bundle.writes)).toEqual([{ writes: 1, searches: 6, status: 200 }]);
    expect(posted.filter((bundle) => !bundle.writes && bundle.searches >= 5)).toEqual([]);
    expect(await notes(a, client.id)).toEqual(['First call', 'From the laptop']);
  });
});
