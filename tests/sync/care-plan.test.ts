// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CarePlan, Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import { useCaseloads } from './harness/caseloads';
import { racedBy, rounds, serverCopies } from './harness/rounds';
import type { RapportDb } from '../../src/store/db';
import { listClients, recordSeenClient } from '../../src/store/clients';
import { checklistFor, tickItem } from '../../src/store/checklists';
import { loadOutbox, loadServerIds } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { SyncError } from '../../src/sync/errors';
import type { RequestOptions, Send } from '../../src/sync/transport';
import { DISCHARGE_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';
import { DISCHARGE_TASKS } from '../../src/domain/checklists/discharge-checklist';
import { dischargePlanQuery } from '../../src/domain/fhir/care-plan';

/**
 * A client's discharge anticipation as one CarePlan whose activities are the discharge Tasks,
 * pushed in the same transactions through Medplum's router by two care managers, the second sealed.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';
const [FIRST, SECOND, THIRD] = DISCHARGE_TASKS.map((item) => item.id);

let server: LoopbackServer;
let admin: Send;
const { connected, round } = rounds(() => server, useCaseloads(), T0);

beforeAll(async () => {
  server = await startLoopbackServer({
    users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' }, bob: { fhirUser: 'Practitioner/bob', role: 'care-manager' } },
  });
  admin = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

let seq = 0;
async function clientOf(db: RapportDb) {
  const mrn = `PLAN-${Date.now()}-${++seq}`;
  const { client } = await recordSeenClient(db, { context: { name: `Client ${mrn}`, mrn, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}` }, T0);
  return { client, mrn };
}
const tick = (db: RapportDb, clientId: string, itemId: string, at: number) => tickItem(db, { clientId, templateId: DISCHARGE_TEMPLATE_ID, itemId }, at);

async function plansOf(send: Send, db: RapportDb, clientId: string): Promise<CarePlan[]> {
  const patient = (await loadServerIds(db, 'clients')).get(clientId)!;
  const { body } = await send<Bundle>('GET', `CarePlan?${dischargePlanQuery(`Patient/${patient}`)}`);
  return (body.entry ?? []).map((entry) => entry.resource as CarePlan);
}
const activityIds = (plan: CarePlan | undefined) => (plan?.activity ?? []).map((activity) => activity.reference?.identifier?.value).sort();

describe('discharge anticipation ↔ CarePlan', () => {
  test('one plan per client, made in the ticks\' transaction, naming their Tasks; a trust act stays off it; a sealed second caseload sees it on the same patient', async () => {
    const a = await connected('alice');
    const { client, mrn } = await clientOf(a);
    const one = await tick(a, client.id, FIRST!, T0 + 10);
    const two = await tick(a, client.id, SECOND!, T0 + 20);
    await tickItem(a, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time' }, T0 + 30);
    const posted: unknown[] = [];
    const watching = (send: Send): Send => async <T>(method: string, url: string, options?: RequestOptions) => {
      if (method === 'POST' && url === '') posted.push(options?.json);
      return send<T>(method, url, options);
    };
    expect(await round(a, T0 + 1_000, watching)).toMatchObject({ pushed: 4, problems: [] });
    // Patient alone first, then the three Tasks with the plan in one transaction.
    const resourceTypes = posted.map((bundle) => (bundle as Bundle).entry!.map((entry) => entry.resource!.resourceType));
    expect(resourceTypes).toEqual([['Patient'], ['Task', 'Task', 'Task', 'CarePlan']]);

    const [plan, ...more] = await plansOf(admin, a, client.id);
    expect(more).toEqual([]);
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', subject: { reference: `Patient/${(await loadServerIds(a, 'clients')).get(client.id)}` } });
    expect(activityIds(plan)).toEqual([one.id, two.id].sort());
    const [task] = await serverCopies<Task>(admin, 'Task', one.id);
    expect(plan!.activity!.map((activity) => activity.reference?.reference)).toContain(`Task/${task!.id}`);

    // Bob's sealed caseload pulls the client and its items; the plan on his patient names his rows.
    const b = await connected('bob', { sealed: true });
    await round(b, T0 + 2_000);
    const atB = (await listClients(b)).find((c) => c.identities.some((identity) => identity.mrn === mrn))!;
    const rowsAtB = await checklistFor(b, atB.id, DISCHARGE_TEMPLATE_ID);
    const bob = await signedIn(server, 'bob');
    const [planAtB] = await plansOf(bob, b, atB.id);
    expect(planAtB?.id).toBe(plan!.id);
    expect(activityIds(planAtB)).toEqual(rowsAtB.map((row) => row.id).sort());

    // A round with nothing new leaves the plan's version alone.
    expect(await round(a, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });
    expect((await plansOf(admin, a, client.id))[0]?.meta?.versionId).toBe(plan!.meta?.versionId);
  });

  test('a push whose answer was lost is replayed: one plan, each Task once', async () => {
    const a = await connected('alice');
    const { client } = await clientOf(a);
    await tick(a, client.id, FIRST!, T0 + 10);
    await round(a, T0 + 100);
    const fresh = await tick(a, client.id, SECOND!, T0 + 200);
    let cut = false;
    const lossy = (send: Send): Send => async <T>(method: string, url: string, options?: RequestOptions) => {
      const answer = await send<T>(method, url, options);
      if (method === 'POST' && !cut) {
        cut = true;
        throw new SyncError('offline', 'the answer never came');
      }
      return answer;
    };
    await expect(round(a, T0 + 300, lossy)).rejects.toThrow();
    await round(a, T0 + 60_000);
    expect(await serverCopies(admin, 'Task', fresh.id)).toHaveLength(1);
    const plans = await plansOf(admin, a, client.id);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.activity).toHaveLength(2);
    expect(await loadOutbox(a)).toEqual([]);
  });

  test('both add items, one between the other\'s read and write: 412, and the plan keeps both devices\' Tasks', async () => {
    const a = await connected('alice');
    const { client, mrn } = await clientOf(a);
    const first = await tick(a, client.id, FIRST!, T0 + 10);
    await round(a, T0 + 100);
    const b = await connected('bob', { sealed: true });
    await round(b, T0 + 1_000);
    const atB = (await listClients(b)).find((c) => c.identities.some((identity) => identity.mrn === mrn))!;

    const mine = await tick(a, client.id, SECOND!, T0 + 2_000);
    const theirs = await tick(b, atB.id, THIRD!, T0 + 2_500);
    expect(await pushOutbox(a, racedBy(admin, () => round(b, T0 + 2_600)), T0 + 3_000)).toEqual({ pushed: 1, merged: 1 });
    const plans = await plansOf(admin, a, client.id);
    expect(plans).toHaveLength(1);
    expect(activityIds(plans[0])).toEqual([first.id, mine.id, theirs.id].sort());
  });

  test('a colleague makes the plan between this device\'s read and its create: the create finds theirs, and this device\'s Tasks are added to it', async () => {
    const a = await connected('alice');
    const { client, mrn } = await clientOf(a);
    // A trust act takes the client to the team without a discharge plan.
    await tickItem(a, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time' }, T0 + 10);
    await round(a, T0 + 100);
    expect(await plansOf(admin, a, client.id)).toEqual([]);
    const b = await connected('bob', { sealed: true });
    await round(b, T0 + 1_000);
    const atB = (await listClients(b)).find((c) => c.identities.some((identity) => identity.mrn === mrn))!;

    const mine = await tick(a, client.id, FIRST!, T0 + 2_000);
    const theirs = await tick(b, atB.id, SECOND!, T0 + 2_500);
    expect(await pushOutbox(a, racedBy(admin, () => round(b, T0 + 2_600)), T0 + 3_000)).toEqual({ pushed: 1, merged: 0 });
    const plans = await plansOf(admin, a, client.id);
    expect(plans).toHaveLength(1);
    expect(activityIds(plans[0])).toEqual([mine.id, theirs.id].sort());
    const [task] = await serverCopies<Task>(admin, 'Task', mine.id);
    expect(plans[0]!.activity!.map((activity) => activity.reference?.reference)).toContain(`Task/${task!.id}`);
  });

  test('every discharge task ticked completes the plan; the ticks travel in transactions the server accepts', async () => {
    const a = await connected('alice');
    const { client } = await clientOf(a);
    for (const [i, item] of DISCHARGE_TASKS.entries()) await tick(a, client.id, item.id, T0 + i);
    const sizes: number[] = [];
    const watching = (send: Send): Send => async <T>(method: string, url: string, options?: RequestOptions) => {
      if (method === 'POST' && url === '') sizes.push((options?.json as Bundle).entry!.length);
      return send<T>(method, url, options);
    };
    expect(await round(a, T0 + 1_000, watching)).toMatchObject({ pushed: DISCHARGE_TASKS.length + 1, problems: [] });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    const [plan, ...more] = await plansOf(admin, a, client.id);
    expect(more).toEqual([]);
    expect(plan).toMatchObject({ status: 'completed' });
    expect(plan!.activity).toHaveLength(DISCHARGE_TASKS.length);
  });
});
