// @vitest-environment node
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Communication, Patient } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn, signInTokens, TEST_CLIENT_ID } from './harness/sign-in';
import type { RapportDb } from '../../src/store/db';
import { recordSeenClient, updateClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { enrolClient } from '../../src/store/enrolment';
import { saveSyncSettings } from '../../src/sync/settings';
import { saveTokens, loadTokens } from '../../src/sync/token-store';
import { createTransport, type Send } from '../../src/sync/transport';
import { runSyncRound, type RoundDeps } from '../../src/sync/round';
import { BACKOFF_CAP_MS, countWaiting, loadSyncStatus } from '../../src/sync/status';
import { rapportIdentifierQuery } from '../../src/sync/bundle';
import type { VaultStatus } from '../../src/store/vault/codec';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';

/**
 * A sync round as the background runs it, against Medplum's router over loopback HTTP, with the
 * clock and the network injected: a worker stopped mid-push resumes, failures back off, a locked
 * vault and a refused sign-in wait.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';

let server: LoopbackServer;
let alice: Send;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' } } });
  alice = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

let mrnSeq = 0;

/** A signed-in caseload with sync on and one client, their call logged in the panel. */
async function connectedCaseload(connectedAt = T0) {
  const db = await newCaseload();
  await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt });
  await saveTokens(db, await signInTokens(server, 'alice'), CLEAR_TOKENS);
  const mrn = `RND-${Date.now()}-${++mrnSeq}`;
  const { client } = await recordSeenClient(db, { context: { name: 'Ada Quill', mrn, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}` }, T0);
  await enrolClient(db, client.id, T0);
  const contact = await logContact(db, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about meals', tags: [] }, T0);
  return { db, mrn, client, contact };
}

/** What the network did: every request the round made, and a way to break it. */
function network() {
  const requests: string[] = [];
  let fault: ((url: URL, init: RequestInit, real: () => Promise<Response>) => Promise<Response>) | undefined;
  const fetchImpl = (async (input: URL, init: RequestInit) => {
    requests.push(`${init.method} ${input.pathname}`);
    const real = () => globalThis.fetch(input, init);
    return fault ? fault(input, init, real) : real();
  }) as typeof globalThis.fetch;
  return {
    requests,
    breakWith(next: typeof fault) {
      fault = next;
    },
    deps(db: RapportDb, clock: { now: number }, vault: { status: VaultStatus } = { status: 'off' }): RoundDeps {
      return {
        db,
        vaultStatus: () => vault.status,
        sealer: CLEAR_TOKENS,
        transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl, now: () => clock.now }),
        smart: { random: (bytes) => webcrypto.getRandomValues(new Uint8Array(bytes)), sha256: async (data) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', data)) },
        now: () => clock.now,
      };
    },
  };
}

const patientsWithMrn = async (mrn: string) =>
  ((await alice<Bundle>('GET', `Patient?identifier=${encodeURIComponent(`${EHR}|${mrn}`)}`)).body.entry ?? []).map((entry) => entry.resource as Patient);

describe('a sync round', () => {
  test('a worker stopped while the server committed resumes after the backoff: nothing twice, nothing lost', async () => {
    const { db, mrn, contact } = await connectedCaseload();
    const net = network();
    const clock = { now: T0 };
    // The server commits the transaction; its answer never arrives (the worker was stopped).
    net.breakWith(async (_url, init, real) => {
      if (init.method === 'POST') {
        await real();
        throw new TypeError('Failed to fetch');
      }
      return real();
    });
    const first = await runSyncRound(net.deps(db, clock));
    expect(first).toMatchObject({ kind: 'failed', retryAt: T0 + 30_000 });
    expect(await countWaiting(db)).toBe(2);
    expect(await loadSyncStatus(db)).toMatchObject({ failures: 1, lastError: expect.stringMatching(/could not reach the team server/) });

    net.breakWith(undefined);
    clock.now = T0 + 10_000;
    const sent = net.requests.length;
    expect(await runSyncRound(net.deps(db, clock))).toEqual({ kind: 'backing-off', retryAt: T0 + 30_000 });
    expect(net.requests.length).toBe(sent);

    clock.now = T0 + 31_000;
    expect(await runSyncRound(net.deps(db, clock))).toMatchObject({ kind: 'synced' });
    const patients = await patientsWithMrn(mrn);
    expect(patients).toHaveLength(1);
    const communications = (await alice<Bundle>('GET', `Communication?${rapportIdentifierQuery(contact.id)}`)).body.entry ?? [];
    expect(communications.map((entry) => (entry.resource as Communication).subject?.reference)).toEqual([`Patient/${patients[0]?.id}`]);
    expect(await countWaiting(db)).toBe(0);
    expect(await loadSyncStatus(db)).toEqual({ failures: 0, lastSyncedAt: T0 + 31_000 });
  });

  test('network and server errors back off exponentially up to a cap; a Retry-After is honoured', async () => {
    const { db } = await connectedCaseload();
    const net = network();
    const clock = { now: T0 };
    net.breakWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    const delays: number[] = [];
    for (let round = 0; round < 9; round++) {
      const outcome = await runSyncRound(net.deps(db, clock));
      if (outcome.kind !== 'failed' || outcome.retryAt === undefined) throw new Error(`round ${round}: ${outcome.kind}`);
      delays.push(outcome.retryAt - clock.now);
      clock.now = outcome.retryAt;
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, BACKOFF_CAP_MS, BACKOFF_CAP_MS, BACKOFF_CAP_MS]);

    net.breakWith(async () => new Response('', { status: 503, headers: { 'retry-after': '1200' } }));
    const busy = await runSyncRound(net.deps(db, clock));
    expect(busy).toMatchObject({ kind: 'failed' });
    expect(await loadSyncStatus(db)).toMatchObject({ retryAt: clock.now + BACKOFF_CAP_MS, lastError: expect.stringMatching(/error 503/) });

    net.breakWith(undefined);
    clock.now += BACKOFF_CAP_MS;
    expect(await runSyncRound(net.deps(db, clock))).toMatchObject({ kind: 'synced', pushed: 2 });
    expect((await loadSyncStatus(db)).failures).toBe(0);
  });

  test('"Sync now" goes at once through this device\'s own backoff, never through a wait the server asked for', async () => {
    const { db, client } = await connectedCaseload();
    const net = network();
    const clock = { now: T0 };
    net.breakWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await runSyncRound(net.deps(db, clock))).toMatchObject({ kind: 'failed', retryAt: T0 + 30_000 });
    net.breakWith(undefined);
    clock.now = T0 + 5_000;
    expect(await runSyncRound(net.deps(db, clock))).toEqual({ kind: 'backing-off', retryAt: T0 + 30_000 });
    expect(await runSyncRound(net.deps(db, clock), true)).toMatchObject({ kind: 'synced', pushed: 2 });

    await updateClient(db, client.id, { phone: '555-0123' }, clock.now);
    net.breakWith(async () => new Response('', { status: 503, headers: { 'retry-after': '120' } }));
    expect(await runSyncRound(net.deps(db, clock), true)).toMatchObject({ kind: 'failed' });
    net.breakWith(undefined);
    clock.now += 60_000;
    expect(await runSyncRound(net.deps(db, clock), true)).toEqual({ kind: 'backing-off', retryAt: T0 + 5_000 + 120_000 });
    clock.now += 61_000;
    expect(await runSyncRound(net.deps(db, clock), true)).toMatchObject({ kind: 'synced', pushed: 1 });
  });

  test('a locked vault waits without a request; unlocked, the round goes', async () => {
    const { db } = await connectedCaseload();
    const net = network();
    const vault = { status: 'locked' as VaultStatus };
    expect(await runSyncRound(net.deps(db, { now: T0 }, vault))).toEqual({ kind: 'locked' });
    expect(net.requests).toEqual([]);
    expect(await countWaiting(db)).toBe(2);
    vault.status = 'unlocked';
    expect(await runSyncRound(net.deps(db, { now: T0 }, vault))).toMatchObject({ kind: 'synced', pushed: 2 });
  });

  test('a refused sign-in stops the rounds until the user signs in again', async () => {
    const { db } = await connectedCaseload(T0);
    const net = network();
    net.breakWith(async () => new Response('', { status: 401 }));
    expect(await runSyncRound(net.deps(db, { now: T0 }))).toEqual({ kind: 'needs-sign-in' });
    expect((await loadSyncStatus(db)).lastError).toMatch(/Sign in again/);
    net.breakWith(undefined);
    const sent = net.requests.length;
    expect(await runSyncRound(net.deps(db, { now: T0 + 86_400_000 }))).toEqual({ kind: 'needs-sign-in' });
    expect(net.requests.length).toBe(sent);

    await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 + 86_400_000 });
    await saveTokens(db, await signInTokens(server, 'alice'), CLEAR_TOKENS);
    expect(await runSyncRound(net.deps(db, { now: T0 + 86_400_000 }))).toMatchObject({ kind: 'synced', pushed: 2 });
  });

  test('an access token about to lapse is refreshed at the token endpoint first, and kept', async () => {
    const { db } = await connectedCaseload();
    const stale = await loadTokens(db, CLEAR_TOKENS);
    const net = network();
    const clock = { now: (stale?.expiresAt ?? 0) + 1 };
    expect(await runSyncRound(net.deps(db, clock))).toMatchObject({ kind: 'synced', pushed: 2 });
    const fresh = await loadTokens(db, CLEAR_TOKENS);
    expect(fresh?.accessToken).not.toBe(stale?.accessToken);
    expect(net.requests.some((request) => request.startsWith('POST') && !request.endsWith('/fhir/R4/'))).toBe(true);
  });

  test('with sync off a round makes no request; with nothing waiting it only reads what the team changed', async () => {
    const { db } = await connectedCaseload();
    const net = network();
    await saveSyncSettings(db, { enabled: false, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID });
    expect(await runSyncRound(net.deps(db, { now: T0 }))).toEqual({ kind: 'off' });
    expect(net.requests).toEqual([]);
    await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 });
    expect(await runSyncRound(net.deps(db, { now: T0 }))).toMatchObject({ kind: 'synced' });
    const sent = net.requests.length;
    expect(await runSyncRound(net.deps(db, { now: T0 + 1 }))).toMatchObject({ kind: 'synced', pushed: 0, pulled: 0 });
    expect(net.requests.slice(sent).every((request) => request.startsWith('GET '))).toBe(true);
  });
});
