// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { useCaseloads } from './harness/caseloads';
import { connectedAs, seedTeam, syncedRound } from './harness/team';
import type { RapportDb } from '../../src/store/db';
import { createClient, listClients } from '../../src/store/clients';
import { addPainPoint, painPointsForClient } from '../../src/store/pain-points';
import { checklistsForClient, tickItem } from '../../src/store/checklists';
import { loadServerIds } from '../../src/sync/outbox';
import { participantElement } from '../../src/domain/fhir/care-team';
import { DISCHARGE_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';
import { DAY_MS } from '../../src/domain/time/dates';

/**
 * The care-team scope covers pain points (Conditions) and checklist items (Tasks) as it covers
 * contacts and callbacks: a care manager pulls those of the patients whose care teams list them, a
 * supervisor those of their team's patients, and nobody another team's.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: Object.fromEntries(['alice', 'bob', 'carol', 'erin'].map((id) => [id, { fhirUser: `Practitioner/${id}` }])) });
  await seedTeam(server, 'north', { alice: { name: 'Alice Ames', role: 'care-manager' }, bob: { name: 'Bob Burns', role: 'care-manager' }, carol: { name: 'Carol Chen', role: 'supervisor' } });
  await seedTeam(server, 'south', { erin: { name: 'Erin Eze', role: 'care-manager' } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function clientWithRecords(db: RapportDb, name: string, now: number) {
  const client = await createClient(db, { name }, now);
  await addPainPoint(db, { clientId: client.id, text: `${name}: bus fare to the clinic` }, now);
  await tickItem(db, { clientId: client.id, templateId: DISCHARGE_TEMPLATE_ID, itemId: 'discharge.red.appointments' }, now);
  await tickItem(db, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time' }, now);
  return client;
}

/** What a caseload holds, by client name: its pain points' words and its checklist items. */
async function holdings(db: RapportDb): Promise<Record<string, { pains: string[]; items: string[] }>> {
  const out: Record<string, { pains: string[]; items: string[] }> = {};
  for (const client of await listClients(db)) {
    out[client.name] = {
      pains: (await painPointsForClient(db, client.id)).map((point) => point.text),
      items: (await checklistsForClient(db, client.id)).map((row) => `${row.templateId}:${row.itemId}`).sort(),
    };
  }
  return out;
}

const ITEMS = [`${DISCHARGE_TEMPLATE_ID}:discharge.red.appointments`, `${TRUST_TEMPLATE_ID}:respect.on-time`];

describe('care-team scope for pain points and checklist items', () => {
  test("a care manager pulls the Conditions and checklist Tasks of their care teams' patients, a supervisor their team's, and nobody another team's", async () => {
    const a = await connectedAs(await newCaseload(), server, 'alice', T0);
    const b = await connectedAs(await newCaseload(), server, 'bob', T0);
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    const ada = await clientWithRecords(a, 'Ada Quill', T0);
    await clientWithRecords(e, 'Eve South', T0);
    expect(await syncedRound(a, T0 + 1_000)).toMatchObject({ problems: [] });
    expect(await syncedRound(e, T0 + 1_000)).toMatchObject({ problems: [] });
    expect(await syncedRound(b, T0 + 2_000)).toMatchObject({ pulled: 0 });
    expect(await holdings(b)).toEqual({});

    // Bob covers Ada: her pain point and both checklist items arrive, nothing of Eve's.
    const adaPatient = (await loadServerIds(a, 'clients')).get(ada.id)!;
    const [adaTeam] = (((await server.engine.handle('GET', `CareTeam?subject=Patient/${adaPatient}`)).body as Bundle).entry ?? []).map((entry) => entry.resource as CareTeam);
    const covering = participantElement({ member: 'Practitioner/bob', display: 'Bob Burns', role: 'covering', start: T0, end: T0 + 7 * DAY_MS });
    expect((await server.engine.handle('PUT', `CareTeam/${adaTeam!.id}`, { ...adaTeam, participant: [...adaTeam!.participant!, covering] })).status).toBe(200);
    expect(await syncedRound(b, T0 + 3_000)).toMatchObject({ problems: [] });
    expect(await holdings(b)).toEqual({ 'Ada Quill': { pains: ['Ada Quill: bus fare to the clinic'], items: ITEMS } });

    // The north supervisor has Ada's, never the south team's Eve.
    const c = await connectedAs(await newCaseload(), server, 'carol', T0);
    expect(await syncedRound(c, T0 + 4_000)).toMatchObject({ problems: [] });
    expect(await holdings(c)).toEqual({ 'Ada Quill': { pains: ['Ada Quill: bus fare to the clinic'], items: ITEMS } });
    expect(Object.keys(await holdings(a))).toEqual(['Ada Quill']);
    expect(Object.keys(await holdings(e))).toEqual(['Eve South']);
  });
});
