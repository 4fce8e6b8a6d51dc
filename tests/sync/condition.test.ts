// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Condition } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import { useCaseloads } from './harness/caseloads';
import { racedBy, rounds, serverCopies } from './harness/rounds';
import type { RapportDb } from '../../src/store/db';
import { listClients, recordSeenClient } from '../../src/store/clients';
import { addPainPoint, painPointsForClient, setPainPointStatus } from '../../src/store/pain-points';
import { deleteRecord, updateRecord } from '../../src/store/base';
import { loadOutbox } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { SyncError } from '../../src/sync/errors';
import type { RequestOptions, Send } from '../../src/sync/transport';

/**
 * Points of pain shared as health-concern Conditions through Medplum's router: two care managers'
 * caseloads (the second sealed by a passphrase) in full sync rounds.
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
async function clientWithPain(db: RapportDb, text: string) {
  const mrn = `PAIN-${Date.now()}-${++seq}`;
  const { client } = await recordSeenClient(db, { context: { name: `Client ${mrn}`, mrn, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}` }, T0);
  const point = await addPainPoint(db, { clientId: client.id, text, rootCause: 'No transport voucher' }, T0);
  return { client, point, mrn };
}

/** A second caseload (sealed) that has pulled everything: its copy of the client with that chart. */
async function colleagueWith(mrn: string, now: number) {
  const b = await connected('bob', { sealed: true });
  await round(b, now);
  const client = (await listClients(b)).find((c) => c.identities.some((identity) => identity.mrn === mrn))!;
  return { b, clientId: client.id };
}

const fieldsOf = ({ text, rootCause, status, openedAt, relievedAt }: Awaited<ReturnType<typeof painPointsForClient>>[number]) => ({ text, rootCause, status, openedAt, relievedAt });

describe('points of pain ↔ Condition (health concern)', () => {
  test('pushed once as a health concern of the client\'s Patient; a second (sealed) caseload pulls the same record, and relief comes back', async () => {
    const a = await connected('alice');
    const { client, point, mrn } = await clientWithPain(a, 'Cannot afford the bus to dialysis');
    expect(await round(a, T0 + 1_000)).toMatchObject({ pushed: 2, problems: [] });

    const [condition, ...more] = await serverCopies<Condition>(admin, 'Condition', point.id);
    expect(more).toEqual([]);
    expect(condition).toMatchObject({ category: [{ coding: [{ code: 'health-concern' }] }], clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: point.text } });
    expect(condition?.subject?.reference).toMatch(/^Patient\/[\w-]+$/);

    const { b, clientId } = await colleagueWith(mrn, T0 + 2_000);
    const [atB] = await painPointsForClient(b, clientId);
    expect(fieldsOf(atB!)).toEqual(fieldsOf(point));
    expect(await loadOutbox(b)).toEqual([]);
    // What A pushed comes back to A as no change.
    expect(await round(a, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });

    await setPainPointStatus(b, atB!.id, 'relieved', T0 + 4_000, 'Voucher renewed');
    expect(await round(b, T0 + 4_000)).toMatchObject({ pushed: 1, problems: [] });
    expect(await round(a, T0 + 5_000)).toMatchObject({ pulled: 1, problems: [] });
    const [atA] = await painPointsForClient(a, client.id);
    expect(atA).toMatchObject({ id: point.id, status: 'relieved', relievedAt: T0 + 4_000, rootCause: 'Voucher renewed' });
    expect(fieldsOf(atA!)).toEqual(fieldsOf((await painPointsForClient(b, clientId))[0]!));
  });

  test('a push whose answer was lost is replayed without creating the Condition twice', async () => {
    const a = await connected('alice');
    const { point } = await clientWithPain(a, 'Lonely since the move');
    await round(a, T0);
    const fresh = await addPainPoint(a, { clientId: point.clientId, text: 'Afraid of falling' }, T0 + 3);
    let cut = false;
    const lossy = (send: Send): Send => async <T>(method: string, url: string, options?: RequestOptions) => {
      const answer = await send<T>(method, url, options);
      if (method === 'POST' && !cut) {
        cut = true;
        throw new SyncError('offline', 'the answer never came');
      }
      return answer;
    };
    await expect(round(a, T0 + 4, lossy)).rejects.toThrow();
    await round(a, T0 + 60_000);
    expect(await serverCopies(admin, 'Condition', fresh.id)).toHaveLength(1);
    expect(await loadOutbox(a)).toEqual([]);
  });

  test('a colleague writing between the read and the write: 412, merged field by field', async () => {
    const a = await connected('alice');
    const { point, mrn } = await clientWithPain(a, 'Bills piling up');
    await round(a, T0);
    const { b, clientId } = await colleagueWith(mrn, T0 + 1_000);
    const [atB] = await painPointsForClient(b, clientId);

    await updateRecord(a, 'painPoints', point.id, { text: 'Electricity bill overdue' }, T0 + 2_000);
    await setPainPointStatus(b, atB!.id, 'relieved', T0 + 2_500);
    expect(await pushOutbox(a, racedBy(admin, () => round(b, T0 + 2_600)), T0 + 3_000)).toEqual({ pushed: 1, merged: 1 });
    await round(a, T0 + 3_500);
    await round(b, T0 + 4_000);
    for (const [db, id] of [[a, point.clientId], [b, clientId]] as const) {
      expect(await painPointsForClient(db, id)).toMatchObject([{ text: 'Electricity bill overdue', status: 'relieved', relievedAt: T0 + 2_500 }]);
      expect(await loadOutbox(db)).toEqual([]);
    }
  });

  test('a deletion reaches the team as entered-in-error, never a DELETE, and the colleague\'s copy goes too', async () => {
    const a = await connected('alice');
    const { point, mrn } = await clientWithPain(a, 'Cannot read the pill labels');
    await round(a, T0);
    const { b, clientId } = await colleagueWith(mrn, T0 + 1_000);
    expect(await painPointsForClient(b, clientId)).toHaveLength(1);

    await deleteRecord(a, 'painPoints', point.id, T0 + 2_000);
    expect(await round(a, T0 + 2_000)).toMatchObject({ pushed: 1, problems: [] });
    const [retired, ...more] = await serverCopies<Condition>(admin, 'Condition', point.id);
    expect(more).toEqual([]);
    expect(retired).toMatchObject({ verificationStatus: { coding: [{ code: 'entered-in-error' }] }, code: { text: point.text } });
    expect(retired?.clinicalStatus).toBeUndefined();

    expect(await round(b, T0 + 3_000)).toMatchObject({ problems: [] });
    expect(await painPointsForClient(b, clientId)).toEqual([]);
    expect(await loadOutbox(b)).toEqual([]);
  });
});
