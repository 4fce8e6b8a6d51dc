import { beforeAll, describe, expect, test } from 'vitest';
import type { Bundle as MedplumBundle } from '@medplum/fhirtypes';
import { useFreshDb } from '../store/helpers';
import { seedEverything, ORIGIN, T0 } from './seed';
import { fhirBundle, identifierSystem } from '../../../src/domain/fhir/export';
import { condition } from '../../../src/domain/fhir/condition';
import { checklistItemTask, isChecklistTask, readChecklistTask } from '../../../src/domain/fhir/checklist-task';
import { checklistsForClient } from '../../../src/store/checklists';
import { rapportIdentifier } from '../../../src/domain/fhir/identifiers';
import { RAPPORT_IDENTIFIER_SYSTEM } from '../../../src/domain/fhir/read';
import { readStay, stayEncounter, STAY_IDENTIFIER_SYSTEM, STAY_TOKEN } from '../../../src/domain/fhir/stay';
import { createClient } from '../../../src/store/clients';
import { painPointsForClient } from '../../../src/store/pain-points';
import { exportFhir } from '../../../src/store/fhir';
import { itemTextKey } from '../../../src/domain/text/message-keys';
import { translate } from '../sidepanel/memory-host';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from '../sync/r4-schema';
import { DAY_MS } from '../../../src/domain/time/dates';

let r4: R4Schema;
const errorsOf = (resource: { resourceType: string }) => r4.errorsOf(resource);

beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('FHIR R4 export', () => {
  const db = useFreshDb();

  test('a realistic export: every resource and the Bundle pass the official schema', async () => {
    const { ann } = await seedEverything(db());
    const bundle = await exportFhir(db(), { now: T0 + 9 * DAY_MS, timeZone: 'America/New_York', itemText: (id) => translate(itemTextKey(id)) });
    expect(bundle.type).toBe('collection');
    // The domain's own FHIR types must stay assignable to the published R4 types.
    const typed: MedplumBundle = bundle;
    expect(typed.resourceType).toBe('Bundle');
    const resources = (bundle.entry ?? []).map((entry) => entry.resource!);
    const types = resources.map((r) => r.resourceType).sort();
    expect(types).toEqual(['CarePlan', 'CarePlan', 'Communication', 'Communication', 'Condition', 'Patient', 'Patient', 'Task', 'Task', 'Task']);
    for (const resource of resources) expect(errorsOf(resource), resource.resourceType).toEqual([]);
    expect(r4.validateAny(bundle) ? [] : r4.validateAny.errors).toEqual([]);

    const patient = resources.find((r) => r.resourceType === 'Patient' && r.id === ann.id) as any;
    expect(patient).toMatchObject({
      gender: 'female',
      birthDate: '1950-03-04',
      name: [{ text: 'Ann Marie Example', family: 'Example', given: ['Ann', 'Marie'] }],
      identifier: [{ system: ORIGIN, value: 'A1' }, rapportIdentifier(ann.id)],
      telecom: [{ system: 'phone', value: '555-0100' }],
    });
    // Every record's resource carries Rapport's identifier of that record, as sync writes it (tests/sync/export-identifiers.test.ts);
    // the contact plan is derived from its client and has no record, hence none.
    for (const { fullUrl, resource } of bundle.entry ?? []) {
      const rapportIds = (resource as any).identifier?.filter(({ system }: { system: string }) => system === RAPPORT_IDENTIFIER_SYSTEM);
      if (resource!.resourceType === 'CarePlan') expect(rapportIds).toBeUndefined();
      else expect(rapportIds, fullUrl).toEqual([rapportIdentifier(fullUrl!.slice('urn:uuid:'.length))]);
    }
    const comms = resources.filter((r) => r.resourceType === 'Communication') as any[];
    expect(comms.map((c) => c.status).sort()).toEqual(['completed', 'not-done']);
    expect(comms.find((c) => c.status === 'completed')).toMatchObject({ note: [{ text: 'Talked about meds' }], medium: [{ coding: [{ code: 'PHONE' }] }] });
    const tasks = resources.filter((r) => r.resourceType === 'Task') as any[];
    expect(tasks.map((t) => t.status).sort()).toEqual(['completed', 'completed', 'requested']);
    expect(tasks.find((t) => t.status === 'requested').executionPeriod.end).toBe(new Date(T0 + 5 * DAY_MS).toISOString());
    // A checklist item leaves as sync writes it (coded by template and item, so a reader tells it from a
    // callback: tests/sync/export-read-back.test.ts), worded in the user's language.
    const [item] = await checklistsForClient(db(), ann.id);
    const itemTask = tasks.find((t) => isChecklistTask(t));
    expect(tasks.filter((t) => isChecklistTask(t))).toHaveLength(1);
    expect(itemTask).toEqual(checklistItemTask(item!, translate(itemTextKey(item!.itemId))));
    expect(itemTask.description).toMatch(/Called or arrived at the time you said/);
    expect(readChecklistTask(itemTask)).toEqual({ kind: 'record', fields: { templateId: item!.templateId, itemId: item!.itemId, ticks: item!.ticks }, rapportIds: [item!.id] });
    // Deleted records are not exported: Bob's deleted visit is absent.
    expect(comms).toHaveLength(2);

    // A pain point leaves as the team server gets it: the one Condition mapping, addressed by Ann's plan.
    const [point] = await painPointsForClient(db(), ann.id);
    const pain = resources.find((r) => r.resourceType === 'Condition');
    expect(pain).toEqual(condition(point!));
    expect(pain).toMatchObject({ code: { text: 'Cannot afford inhaler' }, note: [{ text: 'Copay' }], clinicalStatus: { coding: [{ code: 'active' }] } });
    const plan = resources.find((r) => r.resourceType === 'CarePlan' && (r as any).subject.reference === `urn:uuid:${ann.id}`) as any;
    expect(plan.addresses).toEqual([{ reference: `urn:uuid:${point!.id}` }]);
  });

  test("a client's stay leaves as the team server gets it: one Encounter per client in hospital, valid R4, none for a client never admitted", async () => {
    const stays = {
      admitted: { admitDate: '2026-10-30' },
      expected: { admitDate: '2026-10-30', dischargeDate: '2026-11-06', dischargeActual: false },
      discharged: { admitDate: '2026-10-28', dischargeDate: '2026-11-01', dischargeActual: true },
      booked: { admitDate: '2026-11-05', dischargeDate: '2026-11-08', dischargeActual: false },
    };
    const ids = new Map<string, keyof typeof stays>();
    for (const [name, stay] of Object.entries(stays)) ids.set((await createClient(db(), { name, ...stay }, T0)).id, name as keyof typeof stays);
    const home = await createClient(db(), { name: 'Never admitted' }, T0);
    const bundle = await exportFhir(db(), { now: T0, timeZone: 'America/New_York', itemText: (id) => id });
    expect(r4.validateAny(bundle) ? [] : r4.validateAny.errors).toEqual([]);
    const encounters = (bundle.entry ?? []).filter((entry) => entry.resource?.resourceType === 'Encounter');
    expect(encounters).toHaveLength(4);
    for (const { resource, fullUrl } of encounters) {
      expect(errorsOf(resource!)).toEqual([]);
      const [clientId, name] = [...ids].find(([id]) => (resource as any).subject.reference === `urn:uuid:${id}`)!;
      const stay = stays[name];
      expect(fullUrl).toBe(`urn:rapport:Encounter:stay-${clientId}`);
      // Rapport's stay identifier, as sync writes it (named by the Patient's id), so sync's pull finds it.
      expect(resource).toEqual({ ...stayEncounter(stay, { reference: `urn:uuid:${clientId}` }, '2026-11-02'), identifier: [{ system: STAY_IDENTIFIER_SYSTEM, value: clientId }] });
      expect((resource as any).identifier.map(({ system, value }: { system: string; value: string }) => `${system}|${value}`)).toEqual([`${STAY_TOKEN}${clientId}`]);
      expect(readStay(resource as any)).toEqual(stay);
    }
    const status = (name: keyof typeof stays) => (encounters.find(({ resource }) => ids.get((resource as any).subject.reference.slice('urn:uuid:'.length)) === name)!.resource as any).status;
    // T0 is 2 November in New York: the booked admission has not happened yet.
    expect([status('admitted'), status('expected'), status('discharged'), status('booked')]).toEqual(['in-progress', 'in-progress', 'finished', 'planned']);
    expect(encounters.some(({ resource }) => (resource as any).subject.reference.includes(home.id))).toBe(false);
  });

  test('a relieved pain point is exported resolved with its relief date, and no plan addresses it', () => {
    const relieved = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', createdAt: T0, updatedAt: T0 + DAY_MS, clientId: 'c1', text: 'Bus fare', status: 'relieved' as const, openedAt: T0, relievedAt: T0 + DAY_MS };
    const bundle = fhirBundle({
      clients: [{ id: 'c1', createdAt: T0, updatedAt: T0, name: 'Zed', identities: [] }],
      contacts: [],
      callbacks: [],
      checklists: [],
      painPoints: [relieved],
      cadenceOf: () => ({ idealDays: 7, maxDays: 14 }),
      now: T0,
    });
    const resources = bundle.entry!.map((entry) => entry.resource as any);
    const pain = resources.find((r) => r.resourceType === 'Condition');
    expect(errorsOf(pain)).toEqual([]);
    expect(pain).toMatchObject({ clinicalStatus: { coding: [{ code: 'resolved' }] }, abatementDateTime: new Date(T0 + DAY_MS).toISOString() });
    expect(resources.find((r) => r.resourceType === 'CarePlan').addresses).toBeUndefined();
  });

  test('the validator catches a broken resource', () => {
    const bundle = fhirBundle({
      clients: [{ id: 'c1', createdAt: T0, updatedAt: T0, name: 'Zed', sex: 'X', identities: [{ system: 'manual', mrn: 'Z9' }] }],
      contacts: [],
      callbacks: [],
      checklists: [],
      painPoints: [],
      cadenceOf: () => ({ idealDays: 7, maxDays: 14 }),
      now: T0,
    });
    const patient = bundle.entry![0]!.resource as any;
    expect(errorsOf(patient)).toEqual([]);
    expect(patient.gender).toBe('other');
    expect(errorsOf({ ...patient, gender: 'F' })).not.toEqual([]);
    expect(errorsOf({ ...patient, birthDate: '04/03/1950' })).not.toEqual([]);
    expect(errorsOf({ ...patient, name: 'Zed' })).not.toEqual([]);
    expect(r4.validateAny({ ...bundle, type: 'pile' })).toBe(false);
  });

  test('identifier systems are URIs', () => {
    expect(identifierSystem('https://ehr.example.org')).toBe('https://ehr.example.org');
    expect(identifierSystem('https://ehr.example.org#openemr')).toBe('https://ehr.example.org#openemr');
    expect(identifierSystem('manual')).toBe('urn:rapport:system:manual');
  });
});
