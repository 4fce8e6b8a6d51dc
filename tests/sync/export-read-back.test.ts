// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import { useCaseloads } from './harness/caseloads';
import { createClient, listClients } from '../../src/store/clients';
import { addCallback, callbacksForClient } from '../../src/store/callbacks';
import { checklistsForClient, tickItem } from '../../src/store/checklists';
import { exportFhir } from '../../src/store/fhir';
import { pullChanges } from '../../src/sync/pull-changes';
import { DISCHARGE_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';
import { DISCHARGE_TASKS } from '../../src/domain/checklists/discharge-checklist';
import { TRUST_ITEMS } from '../../src/domain/checklists/trust-checklist';
import type { Send } from '../../src/sync/transport';

/**
 * An export handed to the team's FHIR server (a transaction of its resources, as an EHR's import
 * would post them) and pulled by another caseload through sync: each checklist Task comes back as
 * the checklist item it was, worded for people yet coded as sync codes it, never as a callback.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
let send: Send;
const caseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer();
  send = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

describe('an exported checklist Task read back by sync', () => {
  test('is a checklist item with its ticks; the callback alone is a callback', async () => {
    const a = await caseload();
    const client = await createClient(a, { name: 'Ida Fern' }, T0);
    await addCallback(a, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Meal delivery' }, T0);
    const ref = { clientId: client.id, templateId: DISCHARGE_TEMPLATE_ID, itemId: DISCHARGE_TASKS[0]!.id };
    await tickItem(a, ref, T0 + 1_000);
    await tickItem(a, ref, T0 + 5_000);
    await tickItem(a, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: TRUST_ITEMS[0]!.id }, T0 + 2_000);
    const ticked = (await checklistsForClient(a, client.id)).map(({ templateId, itemId, ticks }) => ({ templateId, itemId, ticks })).sort((x, y) => x.itemId.localeCompare(y.itemId));

    const exported = await exportFhir(a, { now: T0 + 9_000, timeZone: 'UTC', itemText: (id) => `In words: ${id}` });
    const transaction: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: (exported.entry ?? []).map(({ fullUrl, resource }) => ({ fullUrl, resource, request: { method: 'POST', url: resource!.resourceType } })),
    };
    const { body: answer } = await send<Bundle>('POST', '', { json: transaction });
    expect(answer.entry?.map((entry) => entry.response?.status)).toEqual(transaction.entry!.map(() => expect.stringMatching(/^201/)));

    const b = await caseload();
    const report = await pullChanges(b, send, server.fhirBase, T0 + 10_000);
    expect(report.problems).toEqual([]);
    const [pulled, ...others] = await listClients(b);
    expect(others).toEqual([]);
    expect(pulled).toMatchObject({ name: 'Ida Fern' });
    const items = (await checklistsForClient(b, pulled!.id)).map(({ templateId, itemId, ticks }) => ({ templateId, itemId, ticks })).sort((x, y) => x.itemId.localeCompare(y.itemId));
    expect(items).toEqual(ticked);
    expect(await callbacksForClient(b, pulled!.id)).toMatchObject([{ reason: 'Meal delivery', dueAt: T0 + 86_400_000, status: 'open' }]);
  });
});
