// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { useCaseloads } from './harness/caseloads';
import { signedIn } from './harness/sign-in';
import { connectedAs, roundDeps, seedTeam, syncedRound } from './harness/team';
import { runSyncRound } from '../../src/sync/round';
import { createTransport, type Send } from '../../src/sync/transport';
import { createClient } from '../../src/store/clients';
import { addCallback, completeCallback } from '../../src/store/callbacks';
import { loadServerIds } from '../../src/sync/outbox';
import type { RapportDb } from '../../src/store/db';

/**
 * The server's copies of the records a round updates are asked in the round's first request, with
 * the user's roles (sync/copies-ahead.ts), not in a request of their own before the push: one round
 * trip fewer. A colleague who writes one of them in between makes the update a 412 and a merge.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const DAY = 86_400_000;

let server: LoopbackServer;
let colleague: Send;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: { uma: { fhirUser: 'Practitioner/uma' } } });
  await seedTeam(server, 'west', { uma: { name: 'Uma West', role: 'care-manager' } });
  colleague = await signedIn(server, 'uma');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

interface Asked {
  method: string;
  url: string;
  /** The GET entries' URLs of a posted Bundle. */
  searches: string[];
}

/**
 * A round whose requests are watched; `between`: run once the request asking for the copies has its
 * answer; `refuseAhead`: that request's answer to the copies' search made a 403, as a server that
 * will not show one of them answers.
 */
async function watchedRound(db: RapportDb, now: number, between?: () => Promise<void>, refuseAhead = false) {
  const asked: Asked[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const bundle = init?.method === 'POST' && typeof init.body === 'string' ? (JSON.parse(init.body) as { entry?: { request?: { method?: string; url?: string } }[] }) : undefined;
    const searches = (bundle?.entry ?? []).filter((entry) => entry.request?.method === 'GET').map((entry) => entry.request!.url!);
    asked.push({ method: init?.method ?? 'GET', url: new URL(String(input)).pathname + new URL(String(input)).search, searches });
    const answer = await fetch(input, init);
    const ahead = searches.findIndex((url) => url.startsWith('Task?_id='));
    if (between && ahead >= 0) await between();
    if (!refuseAhead || ahead < 0) return answer;
    const body = (await answer.json()) as { entry: unknown[] };
    body.entry[ahead] = { response: { status: '403 Forbidden' } };
    return new Response(JSON.stringify(body), { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  const outcome = await runSyncRound({ ...roundDeps(db, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
  if (outcome.kind !== 'synced') throw new Error(`round: ${JSON.stringify(outcome)}`);
  return { outcome, asked };
}

/** A client with a callback, both on the server, the callback then done here: an update queued. */
async function callbackDone(name: string, at: number) {
  const db = await connectedAs(await newCaseload(), server, 'uma', T0);
  const client = await createClient(db, { name }, at);
  const callback = await addCallback(db, { clientId: client.id, dueAt: at + DAY, reason: 'Ask about the ride' }, at);
  await syncedRound(db, at + 1_000);
  await completeCallback(db, callback.id, at + 2_000);
  const taskId = (await loadServerIds(db, 'callbacks')).get(callback.id)!;
  return { db, taskId };
}

describe("an update's server copy asked in the round's first request", () => {
  test("a round that updates a callback asks for the Task's copy with the user's roles, and no request of its own", async () => {
    const { db, taskId } = await callbackDone('Ann Vale', T0);

    const { outcome, asked } = await watchedRound(db, T0 + 3_000);

    expect(outcome).toMatchObject({ pushed: 1, problems: [] });
    const first = asked.find((request) => request.searches.some((url) => url.startsWith('PractitionerRole?') && url.includes('practitioner=')));
    expect(first?.searches.filter((url) => url.startsWith('Task?_id='))).toEqual([`Task?_id=${taskId}&_count=2`]);
    expect(asked.filter((request) => request.method === 'GET' && request.url.includes('/Task?_id='))).toEqual([]);
    const { body: task } = await colleague<Task>('GET', `Task/${taskId}`);
    expect(task.status).toBe('completed');
  });

  test('a colleague who writes the Task after it was read ahead: the update is refused (412), merged onto their version, nothing lost', async () => {
    const { db, taskId } = await callbackDone('Bo Marsh', T0 + 10 * DAY);
    const between = async () => {
      const { body: task } = await colleague<Task>('GET', `Task/${taskId}`);
      await colleague('PUT', `Task/${taskId}`, { json: { ...task, description: 'Ask about the ride and the pharmacy' } });
    };

    const { outcome, asked } = await watchedRound(db, T0 + 10 * DAY + 3_000, between);

    expect(outcome).toMatchObject({ pushed: 1, problems: [] });
    // The merge round reads the copy again, on its own.
    expect(asked.filter((request) => request.method === 'GET' && request.url.includes('/Task?_id='))).toHaveLength(1);
    const { body: task } = await colleague<Task>('GET', `Task/${taskId}`);
    expect([task.status, task.description]).toEqual(['completed', 'Ask about the ride and the pharmacy']);
  });

  test('a server that refuses the search for the copies in that request: the push reads them on its own, as before', async () => {
    const { db, taskId } = await callbackDone('Cy Dunn', T0 + 20 * DAY);

    const { outcome, asked } = await watchedRound(db, T0 + 20 * DAY + 3_000, undefined, true);

    expect(outcome).toMatchObject({ pushed: 1, problems: [] });
    expect(asked.filter((request) => request.method === 'GET' && request.url.includes('/Task?_id='))).toHaveLength(1);
    const { body: task } = await colleague<Task>('GET', `Task/${taskId}`);
    expect(task.status).toBe('completed');
  });
});
