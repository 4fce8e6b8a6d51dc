// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Identifier, Resource } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import { useCaseloads } from './harness/caseloads';
import { createClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { addCallback } from '../../src/store/callbacks';
import { tickItem } from '../../src/store/checklists';
import { addPainPoint } from '../../src/store/pain-points';
import { exportFhir } from '../../src/store/fhir';
import { enqueueChange, loadOutbox } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { rapportIdentifierQuery } from '../../src/sync/bundle';
import { RAPPORT_IDENTIFIER_SYSTEM } from '../../src/domain/fhir/read';
import { stayIdentifier, STAY_TOKEN } from '../../src/domain/fhir/stay';
import { DISCHARGE_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';
import { DISCHARGE_TASKS } from '../../src/domain/checklists/discharge-checklist';
import { TRUST_ITEMS } from '../../src/domain/checklists/trust-checklist';
import type { Send } from '../../src/sync/transport';

/**
 * The same caseload exported to a FHIR Bundle and pushed to Medplum's router: every record's
 * resource carries the same identifiers in both (the chart numbers and Rapport's own), so a team
 * server handed the export, or a reader matching one against the other, finds the same record.
 * The stay is named by its Patient's id in each: the client's in the export, the server's in sync.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';

let server: LoopbackServer;
let send: Send;
const caseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer();
  send = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function search(query: string): Promise<Resource[]> {
  const { body } = await send<Bundle>('GET', query);
  return (body.entry ?? []).map((entry) => entry.resource!);
}

const identifiersOf = (resource: Resource) => (resource as { identifier?: Identifier[] }).identifier;

describe('export and sync identify a record alike', () => {
  test('a client, its stay, contact, callback, pain point and checklist ticks: the same identifiers exported and pushed', async () => {
    const db = await caseload();
    const client = await createClient(db, { name: 'Ida Fern', mrn: `MRN-${Date.now()}`, system: EHR, phone: '555-0100', admitDate: '2026-02-27' }, T0);
    const records = [
      ['clients', client.id],
      ['contacts', (await logContact(db, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Meals', tags: [] }, T0)).id],
      ['callbacks', (await addCallback(db, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Meal delivery' }, T0)).id],
      ['painPoints', (await addPainPoint(db, { clientId: client.id, text: 'Bus fare', rootCause: 'Voucher lost' }, T0)).id],
      ['checklists', (await tickItem(db, { clientId: client.id, templateId: DISCHARGE_TEMPLATE_ID, itemId: DISCHARGE_TASKS[0]!.id }, T0)).id],
      ['checklists', (await tickItem(db, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: TRUST_ITEMS[0]!.id }, T0)).id],
    ] as const;
    for (const [store, id] of records) await enqueueChange(db, store, id, undefined, T0);
    await pushOutbox(db, send, T0);
    expect(await loadOutbox(db)).toEqual([]);

    const exported = await exportFhir(db, { now: T0, timeZone: 'UTC', itemText: (id) => id });
    const byRecord = new Map<string, Resource>();
    for (const { resource } of exported.entry ?? []) {
      const own = identifiersOf(resource!)?.find((identifier) => identifier.system === RAPPORT_IDENTIFIER_SYSTEM)?.value;
      if (own) byRecord.set(own, resource!);
    }
    expect([...byRecord.keys()].sort()).toEqual(records.map(([, id]) => id).sort());
    for (const [id, resource] of byRecord) {
      const pushed = await search(`${resource.resourceType}?${rapportIdentifierQuery(id)}`);
      expect(pushed, `${resource.resourceType} ${id}`).toHaveLength(1);
      expect(identifiersOf(pushed[0]!), `${resource.resourceType} ${id}`).toEqual(identifiersOf(resource));
    }
    // The Patient exported carries its chart number as well as Rapport's identifier.
    expect(identifiersOf(byRecord.get(client.id)!)?.map(({ system }) => system)).toEqual([EHR, RAPPORT_IDENTIFIER_SYSTEM]);

    const [patient] = await search(`Patient?${rapportIdentifierQuery(client.id)}`);
    const [pushedStay, ...others] = await search(`Encounter?identifier=${encodeURIComponent(`${STAY_TOKEN}${patient!.id}`)}`);
    expect(others).toEqual([]);
    expect(identifiersOf(pushedStay!)).toEqual([stayIdentifier(patient!.id!)]);
    const exportedStay = (exported.entry ?? []).find(({ resource }) => resource?.resourceType === 'Encounter')?.resource;
    expect(identifiersOf(exportedStay!)).toEqual([stayIdentifier(client.id)]);
  });
});
