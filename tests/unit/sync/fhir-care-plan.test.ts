import { beforeAll, describe, expect, test } from 'vitest';
import { dischargeChecklistDone, dischargePlan, dischargePlanQuery, withActivitiesOf } from '../../../src/domain/fhir/care-plan';
import { DISCHARGE_TASKS, RISK_QUESTIONS } from '../../../src/domain/checklists/discharge-checklist';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from './r4-schema';

/** The discharge plan as a CarePlan: valid R4, activities a union on the Tasks' Rapport ids, completion forward only. */
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };
const first = { rapportId: '0f8fad5b-d9cb-469f-a165-70867728950e', reference: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e' };
const second = { rapportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', reference: 'Task/b2' };
const keys = (plan: Record<string, unknown>) => (plan.activity as { reference: { identifier: { value: string } } }[]).map((a) => a.reference.identifier.value);

let r4: R4Schema;
beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('discharge anticipation ↔ CarePlan', () => {
  test('a valid R4 CarePlan of the patient, in Rapport\'s category, each activity a Task by reference and identifier', () => {
    const plan = json(dischargePlan('Patient/p1', [first, second], false));
    expect(r4.errorsOf(plan)).toEqual([]);
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', subject: { reference: 'Patient/p1' }, category: [{ coding: [{ code: 'discharge-anticipation' }] }] });
    expect(plan.activity).toEqual([
      { reference: { reference: first.reference, type: 'Task', identifier: { system: 'https://rapport.care/fhir/identifier/record', value: first.rapportId } } },
      { reference: { reference: 'Task/b2', type: 'Task', identifier: { system: 'https://rapport.care/fhir/identifier/record', value: second.rapportId } } },
    ]);
    expect(r4.errorsOf(json(dischargePlan('Patient/p1', [], true)))).toEqual([]);
    expect(decodeURIComponent(dischargePlanQuery('Patient/p1'))).toBe('subject=Patient/p1&category=https://rapport.care/fhir/CodeSystem/care-plan|discharge-anticipation');
  });

  test('merging keeps the server\'s activities first, adds only Tasks it lacks (whatever their reference now), and never reopens a completed plan', () => {
    const server: Record<string, unknown> = { ...json(dischargePlan('Patient/p1', [{ ...first, reference: 'Task/a1' }], true)), id: 'cp' };
    const merged = withActivitiesOf(server, [first, second], false);
    expect(keys(merged)).toEqual([first.rapportId, second.rapportId]);
    expect((merged.activity as { reference: { reference: string } }[])[0]!.reference.reference).toBe('Task/a1');
    expect(merged.status).toBe('completed');
    expect(withActivitiesOf({ ...server, status: 'active' }, [], true).status).toBe('completed');
    expect(withActivitiesOf({ ...server, status: 'active' }, [], false).status).toBe('active');
  });

  test('the checklist is done when every discharge task is ticked; risk questions are not tasks', () => {
    const all = new Set(DISCHARGE_TASKS.map((item) => item.id));
    expect(dischargeChecklistDone(all)).toBe(true);
    expect(dischargeChecklistDone(new Set([...all].slice(1)))).toBe(false);
    expect(dischargeChecklistDone(new Set(RISK_QUESTIONS.map((item) => item.id)))).toBe(false);
  });
});
