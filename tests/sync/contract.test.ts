// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Patient, Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import type { Send } from '../../src/sync/transport';
import { SyncError } from '../../src/sync/errors';
import { rapportIdentifierQuery, newRecordReference, retire, transactionBundle, transactionBundles, type Change, type FhirResource } from '../../src/sync/bundle';
import { EMPTY_CHECKPOINT, pullType, type SearchBundle } from '../../src/sync/pull';
import { signedIn } from './harness/sign-in';

/**
 * Rapport's Bundles and pulls against Medplum's real FHIR router over loopback HTTP, through the
 * same transport the extension uses. Each test uses its own identifiers, so they share one server.
 */

let server: LoopbackServer;
let send: Send;

beforeAll(async () => {
  server = await startLoopbackServer();
  send = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

/** Rapport's record ids are UUIDs (src/domain/ids.ts), as urn:uuid fullUrls require. */
const uniqueId = () => randomUUID();

function patient(family: string): FhirResource {
  return { resourceType: 'Patient', name: [{ family, given: ['Test'] }], active: true };
}

async function pushTransaction(changes: Change[]) {
  return send<Bundle>('POST', '', { json: transactionBundle(changes) });
}

async function findByRapportId<T>(resourceType: string, rapportId: string): Promise<T[]> {
  const { body } = await send<Bundle>('GET', `${resourceType}?${rapportIdentifierQuery(rapportId)}`);
  return (body.entry ?? []).map((entry) => entry.resource as T);
}

describe('push (transaction Bundles)', () => {
  test('replaying a conditional create creates nothing twice', async () => {
    const id = uniqueId();
    const changes: Change[] = [{ kind: 'create', resource: patient('Replay'), rapportId: id }];
    const first = await pushTransaction(changes);
    const second = await pushTransaction(changes);
    expect(first.body.entry?.[0]?.response?.status).toBe('201');
    expect(second.body.entry?.[0]?.response?.status).toBe('200');
    expect(second.body.entry?.[0]?.response?.location).toBe(first.body.entry?.[0]?.response?.location);
    expect(await findByRapportId('Patient', id)).toHaveLength(1);
  });

  test('an update based on a stale version is refused with 412, the current one goes through', async () => {
    const id = uniqueId();
    const created = await pushTransaction([{ kind: 'create', resource: patient('Before'), rapportId: id }]);
    const original = created.body.entry?.[0]?.resource as Patient & { id: string; meta: { versionId: string } };
    const firstVersion = original.meta.versionId;

    await pushTransaction([{ kind: 'update', resource: { ...original, name: [{ family: 'Colleague' }] } as FhirResource & { id: string }, versionId: firstVersion }]);
    const stale = pushTransaction([{ kind: 'update', resource: { ...original, name: [{ family: 'Mine' }] } as FhirResource & { id: string }, versionId: firstVersion }]);
    await expect(stale).rejects.toMatchObject({ kind: 'changed-elsewhere', status: 412 });

    const [current] = await findByRapportId<Patient & { id: string; meta: { versionId: string } }>('Patient', id);
    expect(current?.name?.[0]?.family).toBe('Colleague');
    const merged = await pushTransaction([{ kind: 'update', resource: { ...current, name: [{ family: 'Merged' }] } as FhirResource & { id: string }, versionId: current!.meta.versionId }]);
    expect(merged.body.entry?.[0]?.response?.status).toBe('200');
  });

  test('a transaction with one failing entry changes nothing at all', async () => {
    const id = uniqueId();
    const bundle = transactionBundle([{ kind: 'create', resource: patient('Atomic'), rapportId: id }]);
    bundle.entry.push({ resource: { resourceType: 'Patient', id: 'does-not-exist' }, request: { method: 'PUT', url: 'Patient/does-not-exist', ifMatch: 'W/"nope"' } });
    await expect(send('POST', '', { json: bundle })).rejects.toBeInstanceOf(SyncError);
    expect(await findByRapportId('Patient', id)).toEqual([]);
  });

  test('a new record refers to another new record of the same Bundle by urn:uuid', async () => {
    const patientId = uniqueId();
    const taskId = uniqueId();
    const task: FhirResource = { resourceType: 'Task', status: 'requested', intent: 'order', for: newRecordReference(patientId) };
    const result = await pushTransaction([
      { kind: 'create', resource: patient('Referenced'), rapportId: patientId },
      { kind: 'create', resource: task, rapportId: taskId },
    ]);
    const [stored] = await findByRapportId<Task>('Task', taskId);
    expect(stored?.for?.reference).toMatch(/^Patient\/[\w-]+$/);
    expect(stored?.for?.reference).toBe(result.body.entry?.[0]?.response?.location?.split('/_history')[0]);
  });

  test('a transaction over the conditional-entry cap is refused whole; cut Bundles all go through', async () => {
    const changes: Change[] = Array.from({ length: 20 }, (_, n) => ({ kind: 'create', resource: patient(`Cap${n}`), rapportId: uniqueId() }));
    await expect(pushTransaction(changes)).rejects.toMatchObject({ status: 400 });
    const bundles = transactionBundles(changes.map((change) => [change]));
    expect(bundles.map((bundle) => bundle.entry.length)).toEqual([8, 8, 4]);
    for (const bundle of bundles) await send('POST', '', { json: bundle });
    for (const change of changes) expect(await findByRapportId('Patient', (change as { rapportId: string }).rapportId)).toHaveLength(1);
  });
});

describe('pull (incremental, paged by next links)', () => {
  test('paging through next links returns every changed resource exactly once', async () => {
    const marker = uniqueId();
    const before = await pullAll('Task', EMPTY_CHECKPOINT);
    const total = 230;
    const tasks: Change[] = Array.from({ length: total }, (_, n) => ({
      kind: 'create',
      resource: { resourceType: 'Task', status: 'requested', intent: 'order', description: `${marker} ${n}` },
      rapportId: uniqueId(),
    }));
    for (const bundle of transactionBundles(tasks.map((change) => [change]))) await send('POST', '', { json: bundle });

    const pages: number[] = [];
    const seen: string[] = [];
    await pullType<FhirResource>('Task', before.checkpoint, getPage, async (resources) => {
      pages.push(resources.length);
      seen.push(...resources.map((resource) => String(resource.description)));
    });
    expect(pages.length).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((text) => text.startsWith(marker)).sort()).toEqual(tasks.map((change) => String(change.resource.description)).sort());
  });

  test('a status-only retirement reaches another client in its next pull, and nothing is deleted', async () => {
    const colleague = await signedIn(server, 'alice');
    const id = uniqueId();
    const created = await pushTransaction([{ kind: 'create', resource: { resourceType: 'Task', status: 'requested', intent: 'order' }, rapportId: id }]);
    const task = created.body.entry?.[0]?.resource as FhirResource & { id: string; meta: { versionId: string } };
    const colleagueBefore = await pullAll('Task', EMPTY_CHECKPOINT, colleague);

    await pushTransaction([retire(task, task.meta.versionId, 'cancelled')]);
    const colleagueAfter = await pullAll('Task', colleagueBefore.checkpoint, colleague);

    expect(colleagueAfter.resources.map((resource) => [resource.id, resource.status])).toEqual([[task.id, 'cancelled']]);
    expect(await findByRapportId('Task', id)).toHaveLength(1);
  });

  test('a pull from a checkpoint returns only what changed after it (and a repeat pull returns nothing)', async () => {
    const first = await pullAll('Patient', EMPTY_CHECKPOINT);
    const id = uniqueId();
    await pushTransaction([{ kind: 'create', resource: patient('Later'), rapportId: id }]);
    const second = await pullAll('Patient', first.checkpoint);
    expect(second.resources.map((resource) => resource.identifier?.at(-1)?.value)).toEqual([id]);
    expect((await pullAll('Patient', second.checkpoint)).resources).toEqual([]);
  });
});

async function getPage(url: string, through: Send = send): Promise<SearchBundle<FhirResource>> {
  return (await through<SearchBundle<FhirResource>>('GET', url)).body;
}

async function pullAll(resourceType: string, checkpoint: typeof EMPTY_CHECKPOINT, through: Send = send) {
  const resources: FhirResource[] = [];
  const next = await pullType<FhirResource>(resourceType, checkpoint, (url) => getPage(url, through), async (page) => {
    resources.push(...page);
  });
  return { resources, checkpoint: next };
}
