// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam, Patient } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, seedTeam, syncedRound } from './harness/team';
import { runSyncRound } from '../../src/sync/round';
import { createTransport } from '../../src/sync/transport';
import { SCOPE_KEY } from '../../src/sync/pull-scoped';
import { createClient, listClients } from '../../src/store/clients';
import { contactsForClient, logContact } from '../../src/store/contacts';
import { addCallback, callbacksForClient } from '../../src/store/callbacks';
import { loadTeamState } from '../../src/store/team';
import { loadServerIds } from '../../src/sync/outbox';
import { countWaiting } from '../../src/sync/status';
import { careTeamResource, participantElement } from '../../src/domain/fhir/care-team';
import { teamCaseloadSnapshot } from '../../src/store/team-caseload';
import { caseloadOwnership } from '../../src/domain/team/ownership';
import { supervisorView } from '../../src/domain/team/supervisor';
import { defaultSettings } from '../../src/domain/settings/settings';
import { DAY_MS } from '../../src/domain/time/dates';
import { searchesAsked } from './harness/searches';

/**
 * Two care managers and a supervisor of one team on one server: each care manager's device pulls
 * only the clients of the care teams they are on; a client added to a care team arrives whole, one
 * taken off stops syncing and stays here; the supervisor's device has the whole team's.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();
const PEOPLE = { alice: 'Alice Ames', bob: 'Bob Burns', carol: 'Carol Chen' } as const;

beforeAll(async () => {
  server = await startLoopbackServer({
    users: Object.fromEntries([...Object.keys(PEOPLE), 'dan', 'erin'].map((id) => [id, { fhirUser: `Practitioner/${id}` }])),
  });
  await seedTeam(server, 'north', { alice: { name: PEOPLE.alice, role: 'care-manager' }, bob: { name: PEOPLE.bob, role: 'care-manager' }, carol: { name: PEOPLE.carol, role: 'supervisor' } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const careTeamsOf = async (patientId: string) =>
  (((await server.engine.handle('GET', `CareTeam?subject=Patient/${patientId}`)).body as Bundle).entry ?? []).map((entry) => entry.resource as CareTeam);
const names = async (db: Parameters<typeof listClients>[0]) => (await listClients(db)).map((client) => client.name).sort();

describe('care-team scoped pull', () => {
  test("each care manager pulls only their team's patients; joining a team brings the client whole, leaving it stops the sync and keeps what is here", async () => {
    const a = await connectedAs(await newCaseload(), server, 'alice', T0);
    const b = await connectedAs(await newCaseload(), server, 'bob', T0);

    const ada = await createClient(a, { name: 'Ada Quill' }, T0);
    await logContact(a, { clientId: ada.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about meals', tags: [] }, T0);
    await addCallback(a, { clientId: ada.id, dueAt: T0 + DAY_MS, reason: 'Meal delivery' }, T0);
    await createClient(b, { name: 'Ben Rowe' }, T0);
    expect(await syncedRound(a, T0 + 1_000)).toMatchObject({ pushed: 3, problems: [] });
    expect(await syncedRound(b, T0 + 2_000)).toMatchObject({ pushed: 1, pulled: 0, problems: [] });

    // Each pushed client got one care team, with its care manager as primary, named.
    const adaPatient = (await loadServerIds(a, 'clients')).get(ada.id)!;
    const [adaTeam, ...more] = await careTeamsOf(adaPatient);
    expect(more).toEqual([]);
    expect(adaTeam?.participant).toMatchObject([{ member: { reference: 'Practitioner/alice', display: PEOPLE.alice }, role: [{ coding: [{ code: 'primary' }] }] }]);

    // A replayed round claims nothing twice and pulls nothing of the other's client.
    expect(await syncedRound(a, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await syncedRound(b, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await careTeamsOf(adaPatient)).toHaveLength(1);
    expect(await names(a)).toEqual(['Ada Quill']);
    expect(await names(b)).toEqual(['Ben Rowe']);
    expect((await loadTeamState(a, CLEAR_TOKENS, server.fhirBase, 'Practitioner/alice'))).toMatchObject({ role: 'care-manager', userDisplay: PEOPLE.alice, colleagues: [{ member: 'Practitioner/bob', display: PEOPLE.bob }, { member: 'Practitioner/carol', display: PEOPLE.carol }] });

    // Bob joins Ada's team: his next round brings her with her contact and callback.
    const bobOnAda = participantElement({ member: 'Practitioner/bob', display: PEOPLE.bob, role: 'covering', start: T0, end: T0 + 7 * DAY_MS });
    const joined = await server.engine.handle('PUT', `CareTeam/${adaTeam!.id}`, { ...adaTeam, participant: [...adaTeam!.participant!, bobOnAda] });
    expect(joined.status).toBe(200);
    expect(await syncedRound(b, T0 + 4_000)).toMatchObject({ pulled: 3, problems: [] });
    const adaAtB = (await listClients(b)).find((client) => client.name === 'Ada Quill')!;
    expect(await contactsForClient(b, adaAtB.id)).toMatchObject([{ note: 'Asked about meals' }]);
    expect(await callbacksForClient(b, adaAtB.id)).toMatchObject([{ reason: 'Meal delivery', status: 'open' }]);
    // His caseload shows her as Alice's client that he covers, and his own as his.
    const atB = await teamCaseloadSnapshot(b, CLEAR_TOKENS, T0 + 4_000);
    const owners = caseloadOwnership(atB.clients.map((client) => client.id), atB.team, T0 + 4_000);
    expect(owners.get(adaAtB.id)).toEqual({ primary: { member: 'Practitioner/alice', display: PEOPLE.alice }, mine: false, covering: true });
    expect([...owners.values()].filter((owner) => owner.mine)).toEqual([{ primary: { member: 'Practitioner/bob', display: PEOPLE.bob }, mine: true, covering: false }]);

    // While on the team he follows her changes, incrementally.
    await logContact(a, { clientId: ada.id, at: T0 + 5_000, channel: 'visit', direction: 'outbound', outcome: 'reached', note: 'Hello in the ward', tags: [] }, T0 + 5_000);
    await syncedRound(a, T0 + 5_000);
    expect(await syncedRound(b, T0 + 6_000)).toMatchObject({ pulled: 1 });

    // Taken off her team, he gets no more of her news; what he has stays.
    await server.engine.handle('PUT', `CareTeam/${adaTeam!.id}`, adaTeam);
    await logContact(a, { clientId: ada.id, at: T0 + 7_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'After coverage', tags: [] }, T0 + 7_000);
    await syncedRound(a, T0 + 7_000);
    expect(await syncedRound(b, T0 + 8_000)).toMatchObject({ pulled: 0 });
    expect((await contactsForClient(b, adaAtB.id)).map((contact) => contact.note)).toEqual(['Asked about meals', 'Hello in the ward']);
    // And Rapport does not claim her back for him: she has a team, without him.
    expect(await careTeamsOf(adaPatient)).toHaveLength(1);
    // What he writes about her now stays on his device: her record on the server is no longer his to change.
    const communicationsOfAda = async () => (((await server.engine.handle('GET', `Communication?subject=Patient/${adaPatient}&_count=50`)).body as Bundle).entry ?? []).length;
    expect(await communicationsOfAda()).toBe(3);
    await logContact(b, { clientId: adaAtB.id, at: T0 + 8_500, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Written after coverage', tags: [] }, T0 + 8_500);
    expect(await syncedRound(b, T0 + 8_600)).toMatchObject({ pushed: 0, problems: ['A change to a client no longer on your care teams stays on this device only.'] });
    expect(await countWaiting(b)).toBe(0);
    expect(await communicationsOfAda()).toBe(3);
    expect((await contactsForClient(b, adaAtB.id)).map((contact) => contact.note)).toContain('Written after coverage');

    // The supervisor's device has the whole team's clients.
    const c = await connectedAs(await newCaseload(), server, 'carol', T0);
    await syncedRound(c, T0 + 9_000);
    expect(await names(c)).toEqual(['Ada Quill', 'Ben Rowe']);
    const atC = await teamCaseloadSnapshot(c, CLEAR_TOKENS, T0 + 2 * DAY_MS);
    expect(atC.team).toMatchObject({ role: 'supervisor' });
    const view = supervisorView({ clients: atC.clients, overdue: atC.overdue, team: atC.team!, settings: defaultSettings('UTC'), now: T0 + 2 * DAY_MS, timeZone: 'UTC' });
    expect(view.map((group) => [group.manager?.display, group.overdue.map((row) => row.client.name)])).toEqual([
      [PEOPLE.alice, ['Ada Quill']],
      [PEOPLE.bob, []],
    ]);
  });

  test('the clients of a first sync are claimed in one batch request past the transaction cap, each with one care team', async () => {
    const d = await connectedAs(await newCaseload(), server, 'erin', T0);
    const clients = 12;
    for (let i = 0; i < clients; i++) await createClient(d, { name: `Claimed ${String(i).padStart(2, '0')}` }, T0);
    let claimRequests = 0;
    const counting = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const bundle = init?.method === 'POST' && typeof init.body === 'string' ? (JSON.parse(init.body) as Bundle) : undefined;
      if (bundle?.resourceType === 'Bundle' && bundle.entry?.some((entry) => entry.request?.url === 'CareTeam')) claimRequests++;
      return fetch(input, init);
    }) as typeof fetch;
    const outcome = await runSyncRound({ ...roundDeps(d, T0 + 500), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl: counting }) });
    expect(outcome).toMatchObject({ kind: 'synced', pushed: clients, problems: [] });
    // Past the 8 entries a conditional transaction may hold: one batch, not two transactions.
    expect(claimRequests).toBe(1);
    const patients = [...(await loadServerIds(d, 'clients')).values()];
    expect(patients).toHaveLength(clients);
    for (const patientId of patients) expect((await careTeamsOf(patientId)).map((team) => team.participant?.[0]?.member?.reference)).toEqual(['Practitioner/erin']);
    expect((await loadTeamState(d, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))?.careTeams.filter((team) => patients.includes(team.patientId))).toHaveLength(clients);
  });

  test('a caseload of many clients is searched in groups and paged, and a replay pulls nothing again', async () => {
    const clients = 120;
    const entry = [];
    for (let i = 0; i < clients; i++) {
      const patient = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      entry.push({ fullUrl: patient, resource: { resourceType: 'Patient', name: [{ text: `Many ${String(i).padStart(3, '0')}` }] }, request: { method: 'POST', url: 'Patient' } });
      entry.push({ resource: { ...careTeamResource('x', [{ member: 'Practitioner/dan', role: 'primary' }]), identifier: undefined, subject: { reference: patient } }, request: { method: 'POST', url: 'CareTeam' } });
      for (let k = 0; k < 3; k++) {
        entry.push({ resource: { resourceType: 'Communication', status: 'completed', subject: { reference: patient }, sent: new Date(T0 - k * 1000).toISOString(), medium: [{ coding: [{ code: 'PHONE' }] }] }, request: { method: 'POST', url: 'Communication' } });
      }
    }
    // 150 contacts a group: two pages each. Someone else's client the query must leave out.
    entry.push({ resource: { resourceType: 'Patient', name: [{ text: 'Not Dans' }] }, request: { method: 'POST', url: 'Patient' } });
    expect((await server.engine.handle('POST', '', { resourceType: 'Bundle', type: 'batch', entry })).status).toBe(200);

    const d = await connectedAs(await newCaseload(), server, 'dan', T0);
    const searches: string[] = [];
    let probeRequests = 0;
    const counting = (async (input: URL | RequestInfo, init?: RequestInit) => {
      if (searchesAsked(input, init).some((url) => /\/(Patient|Encounter|Communication|Task|Condition)$/.test(url.pathname) && url.searchParams.has('_elements'))) probeRequests++;
      for (const url of searchesAsked(input, init)) {
        const path = url.pathname.split('/').pop()!;
        if (/^(Patient|Communication|Task|Condition)$/.test(path)) searches.push(`${path}?${url.searchParams.has('_elements') ? 'probe' : path !== 'Patient' && url.searchParams.has('_id') ? 'byId' : 'group'}`);
      }
      return fetch(input, init);
    }) as typeof fetch;
    const round = async (now: number) => {
      searches.length = 0;
      probeRequests = 0;
      const outcome = await runSyncRound({ ...roundDeps(d, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl: counting }) });
      return { outcome, searches: [...searches].sort(), probeRequests };
    };
    expect((await round(T0)).outcome).toMatchObject({ pulled: clients * 4, problems: [] });
    expect(await listClients(d)).toHaveLength(clients);
    // Nothing changed: one probe per type instead of a search per type and group of 50 (3 groups).
    // Asked together, in one batch request (the Encounter probe, unlisted here, with them).
    expect(await round(T0 + 1_000)).toMatchObject({ outcome: { pushed: 0, pulled: 0 }, searches: ['Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'], probeRequests: 1 });

    // A new contact for a patient of the second group, and one outside the scope: only that group's contacts are searched.
    const [inScope] = ((await server.engine.handle('GET', 'Patient?name=Many%20070')).body as Bundle).entry!;
    const [outside] = ((await server.engine.handle('GET', 'Patient?name=Not%20Dans')).body as Bundle).entry!;
    const contact = (patientId: string, note: string) => ({ resourceType: 'Communication', status: 'completed', subject: { reference: `Patient/${patientId}` }, sent: new Date(T0).toISOString(), payload: [{ contentString: note }], medium: [{ coding: [{ code: 'PHONE' }] }] });
    await server.engine.handle('POST', 'Communication', contact(inScope!.resource!.id!, 'Called back about the ride'));
    await server.engine.handle('POST', 'Communication', contact(outside!.resource!.id!, 'Not for Dan'));
    expect(await round(T0 + 2_000)).toMatchObject({ outcome: { pulled: 1 }, searches: ['Communication?group', 'Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
    // The groups the probe let be moved on with it: the next change is found, and the last one not again.
    await server.engine.handle('POST', 'Communication', contact(inScope!.resource!.id!, 'Second call'));
    expect(await round(T0 + 3_000)).toMatchObject({ outcome: { pulled: 1 } });
    expect(await round(T0 + 4_000)).toMatchObject({ outcome: { pulled: 0 }, searches: ['Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });

    // His own contact, pushed by the round, makes no group busy: the probes alone, nothing read back.
    const many = (await listClients(d)).find((client) => client.name === 'Many 010')!;
    await logContact(d, { clientId: many.id, at: T0 + 5_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'My own call', tags: [] }, T0 + 5_000);
    expect(await round(T0 + 5_000)).toMatchObject({ outcome: { pushed: 1, pulled: 0 }, searches: ['Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
    // The group's checkpoint moved past it with the probe's: a colleague's contact next is still found, and his own is not read again.
    await server.engine.handle('POST', 'Communication', contact(inScope!.resource!.id!, 'Third call'));
    expect(await round(T0 + 6_000)).toMatchObject({ outcome: { pulled: 1 }, searches: ['Communication?group', 'Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
    expect((await contactsForClient(d, many.id)).filter((row) => row.note === 'My own call')).toHaveLength(1);

    // A colleague's contacts for a patient of each group (groups follow the server's random ids): read by id in
    // one search, not a search per group; nothing twice after.
    const { groups } = (await d.get('meta', SCOPE_KEY))!.value as { groups: { patients: string[] }[] };
    expect(groups).toHaveLength(3);
    const contactsOf = async (name: string) => contactsForClient(d, (await listClients(d)).find((client) => client.name === name)!.id);
    const visited: { name: string; before: number }[] = [];
    for (const group of groups) {
      const patientId = group.patients[0]!;
      const name = ((await server.engine.handle('GET', `Patient/${patientId}`)).body as Patient).name![0]!.text!;
      visited.push({ name, before: (await contactsOf(name)).length });
      await server.engine.handle('POST', 'Communication', contact(patientId, `Visit for ${name}`));
    }
    expect(await round(T0 + 7_000)).toMatchObject({ outcome: { pulled: 3 }, searches: ['Communication?byId', 'Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
    expect(await round(T0 + 8_000)).toMatchObject({ outcome: { pulled: 0 }, searches: ['Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
    for (const { name, before } of visited) expect(await contactsOf(name)).toHaveLength(before + 1);
    // And after them, a contact in one group is found by that group's search as before.
    await server.engine.handle('POST', 'Communication', contact(inScope!.resource!.id!, 'Fourth call'));
    expect(await round(T0 + 9_000)).toMatchObject({ outcome: { pulled: 1 }, searches: ['Communication?group', 'Communication?probe', 'Condition?probe', 'Patient?probe', 'Task?probe'] });
  });
});
