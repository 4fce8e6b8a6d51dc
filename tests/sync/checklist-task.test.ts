// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import { useCaseloads } from './harness/caseloads';
import { racedBy, rounds, serverCopies } from './harness/rounds';
import type { RapportDb } from '../../src/store/db';
import { listClients, recordSeenClient } from '../../src/store/clients';
import { checklistFor, tickItem } from '../../src/store/checklists';
import { deleteRecord } from '../../src/store/base';
import { loadOutbox } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { SyncError } from '../../src/sync/errors';
import type { RequestOptions, Send } from '../../src/sync/transport';
import { DISCHARGE_TEMPLATE_ID, RISK_YES_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';

/**
 * Discharge checklist items and trust acts shared as Tasks (one per item, ticks as outputs)
 * through Medplum's router: two care managers' caseloads, the second sealed, in full sync rounds.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';

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

describe.each([
  { TEMPLATE: DISCHARGE_TEMPLATE_ID, ITEM: 'discharge.ideal.med-reconciliation', OTHER: 'discharge.red.follow-up' },
  { TEMPLATE: TRUST_TEMPLATE_ID, ITEM: 'respect.on-time', OTHER: 'respect.kept-promise' },
])('$TEMPLATE checklist items ↔ Tasks', ({ TEMPLATE, ITEM, OTHER }) => {
  async function clientWithTick(db: RapportDb, at: number) {
    const mrn = `LIST-${Date.now()}-${++seq}`;
    const { client } = await recordSeenClient(db, { context: { name: `Client ${mrn}`, mrn, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}` }, T0);
    const row = await tickItem(db, { clientId: client.id, templateId: TEMPLATE, itemId: ITEM }, at);
    return { client, row, mrn };
  }

  async function colleagueWith(mrn: string, now: number) {
    const b = await connected('bob', { sealed: true });
    await round(b, now);
    const client = (await listClients(b)).find((c) => c.identities.some((identity) => identity.mrn === mrn))!;
    return { b, clientId: client.id };
  }

  const ticksAt = async (db: RapportDb, clientId: string) => (await checklistFor(db, clientId, TEMPLATE)).map((row) => [row.itemId, row.ticks]);

    test('a tick reaches the server as one completed Task of the client; a sealed second caseload pulls the same item; a risk answer never leaves', async () => {
      const a = await connected('alice');
      const { client, row, mrn } = await clientWithTick(a, T0 + 10);
      await tickItem(a, { clientId: client.id, templateId: RISK_YES_TEMPLATE_ID, itemId: 'problem-medications' }, T0 + 20);
      expect(await round(a, T0 + 1_000)).toMatchObject({ pushed: 2, problems: [] });
      const [task, ...more] = await serverCopies<Task>(admin, 'Task', row.id);
      expect(more).toEqual([]);
      expect(task).toMatchObject({ status: 'completed', code: { coding: [{ code: ITEM }] }, output: [{ valueDateTime: new Date(T0 + 10).toISOString() }] });
      expect(task?.for?.reference).toMatch(/^Patient\/[\w-]+$/);
      const { body } = await admin<Bundle>('GET', `Task?patient=${task!.for!.reference}`);
      expect(body.entry?.map((entry) => (entry.resource as Task).code?.coding?.[0]?.code)).toEqual([ITEM]);

      const { b, clientId } = await colleagueWith(mrn, T0 + 2_000);
      expect(await ticksAt(b, clientId)).toEqual([[ITEM, [T0 + 10]]]);
      expect(await checklistFor(b, clientId, RISK_YES_TEMPLATE_ID)).toEqual([]);
      expect(await loadOutbox(b)).toEqual([]);
      expect(await round(a, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });

      // B ticks again; A has both ticks, newest last.
      await tickItem(b, { clientId, templateId: TEMPLATE, itemId: ITEM }, T0 + 4_000);
      expect(await round(b, T0 + 4_000)).toMatchObject({ pushed: 1, problems: [] });
      expect(await round(a, T0 + 5_000)).toMatchObject({ pulled: 1, problems: [] });
      expect(await ticksAt(a, client.id)).toEqual([[ITEM, [T0 + 10, T0 + 4_000]]]);
    });

    test('a push whose answer was lost is replayed without creating the Task twice', async () => {
      const a = await connected('alice');
      const { client } = await clientWithTick(a, T0 + 10);
      await round(a, T0 + 100);
      const fresh = await tickItem(a, { clientId: client.id, templateId: TEMPLATE, itemId: OTHER }, T0 + 200);
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
      expect(await loadOutbox(a)).toEqual([]);
    });

    test('both tick the same item, one between the other\'s read and write: 412, and both ticks stand everywhere', async () => {
      const a = await connected('alice');
      const { client, mrn } = await clientWithTick(a, T0 + 10);
      await round(a, T0 + 100);
      const { b, clientId } = await colleagueWith(mrn, T0 + 1_000);

      await tickItem(a, { clientId: client.id, templateId: TEMPLATE, itemId: ITEM }, T0 + 2_000);
      await tickItem(b, { clientId, templateId: TEMPLATE, itemId: ITEM }, T0 + 2_500);
      expect(await pushOutbox(a, racedBy(admin, () => round(b, T0 + 2_600)), T0 + 3_000)).toEqual({ pushed: 1, merged: 1 });
      await round(a, T0 + 3_500);
      await round(b, T0 + 4_000);
      for (const [db, id] of [[a, client.id], [b, clientId]] as const) {
        expect(await ticksAt(db, id)).toEqual([[ITEM, [T0 + 10, T0 + 2_000, T0 + 2_500]]]);
        expect(await loadOutbox(db)).toEqual([]);
      }
    });

    test('a deleted item reaches the team as entered-in-error, never a DELETE, and goes from the colleague\'s caseload', async () => {
      const a = await connected('alice');
      const { row, mrn } = await clientWithTick(a, T0 + 10);
      await round(a, T0 + 100);
      const { b, clientId } = await colleagueWith(mrn, T0 + 1_000);
      expect(await ticksAt(b, clientId)).toHaveLength(1);

      await deleteRecord(a, 'checklists', row.id, T0 + 2_000);
      expect(await round(a, T0 + 2_000)).toMatchObject({ pushed: 1, problems: [] });
      expect(await serverCopies<Task>(admin, 'Task', row.id)).toMatchObject([{ status: 'entered-in-error' }]);
      await round(b, T0 + 3_000);
      expect(await ticksAt(b, clientId)).toEqual([]);
    });
});
