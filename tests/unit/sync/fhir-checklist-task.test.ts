import { beforeAll, describe, expect, test } from 'vitest';
import { checklistItemTask, isChecklistTask, readChecklistTask } from '../../../src/domain/fhir/checklist-task';
import { isSharedChecklist } from '../../../src/domain/fhir/shared';
import { DISCHARGE_TEMPLATE_ID, RISK_NO_TEMPLATE_ID, RISK_YES_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../../src/domain/checklists/checklist';
import { callbackTask } from '../../../src/domain/fhir/export';
import { mergeOntoServer, retired } from '../../../src/domain/fhir/merge';
import { pulledPatch } from '../../../src/domain/fhir/pull-merge';
import { readCallbackTask } from '../../../src/domain/fhir/read';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from './r4-schema';

/** A checklist item as a Task: valid R4, back to the same fields, ticks only ever added to. */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const meta = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', createdAt: T0, updatedAt: T0 + 9, clientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
const item = { ...meta, templateId: 'discharge', itemId: 'med-reconciliation', ticks: [T0 + 1, T0 + 5] };
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };

let r4: R4Schema;
beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('checklist item ↔ Task', () => {
  test('ticked and not yet ticked: valid R4 Tasks of the client, coded by template and item', () => {
    const done = json(checklistItemTask(item));
    expect(r4.errorsOf(done)).toEqual([]);
    expect(done).toMatchObject({ status: 'completed', for: { reference: `urn:uuid:${meta.clientId}` }, executionPeriod: { start: new Date(T0 + 1).toISOString(), end: new Date(T0 + 5).toISOString() } });
    expect((done.output as unknown[]).length).toBe(2);
    const untouched = json(checklistItemTask({ ...item, ticks: [] }));
    expect(r4.errorsOf(untouched)).toEqual([]);
    expect(untouched).toMatchObject({ status: 'requested' });
    expect('output' in untouched).toBe(false);
  });

  test('round trip: record → Task → the same fields; pulling it back changes nothing', () => {
    for (const ticks of [[T0 + 1, T0 + 5], []]) {
      const read = readChecklistTask(json(checklistItemTask({ ...item, ticks })));
      expect(read).toEqual({ kind: 'record', fields: { templateId: 'discharge', itemId: 'med-reconciliation', ticks }, rapportIds: [item.id] });
      if (read.kind === 'record') expect(pulledPatch('checklists', { ...item, ticks }, read.fields, undefined)).toBeNull();
    }
  });

  test('the discharge checklist and trust acts are shared; BOOST risk answers are not', () => {
    expect([DISCHARGE_TEMPLATE_ID, TRUST_TEMPLATE_ID, RISK_YES_TEMPLATE_ID, RISK_NO_TEMPLATE_ID].map((templateId) => isSharedChecklist({ templateId }))).toEqual([true, true, false, false]);
    const act = readChecklistTask(json(checklistItemTask({ ...item, templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time' })));
    expect(act).toMatchObject({ kind: 'record', fields: { templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time', ticks: item.ticks } });
  });

  test('a checklist Task is told from a callback Task by its code', () => {
    expect(isChecklistTask(json(checklistItemTask(item)))).toBe(true);
    const callback = json(callbackTask({ ...meta, dueAt: T0, status: 'open' }));
    expect(isChecklistTask(callback)).toBe(false);
    expect(readCallbackTask(callback)).toMatchObject({ kind: 'record' });
  });

  test('ticks merge as appends both ways, and a completed Task never goes back', () => {
    const server = { ...json(checklistItemTask({ ...item, ticks: [T0 + 3] })), id: 's1', note: [{ text: 'theirs' }] };
    const merged = mergeOntoServer('checklists', server, json(checklistItemTask(item)), ['ticks']);
    expect(readChecklistTask(merged)).toMatchObject({ fields: { ticks: [T0 + 1, T0 + 3, T0 + 5] } });
    expect(merged).toMatchObject({ id: 's1', status: 'completed', note: server.note, lastModified: new Date(T0 + 5).toISOString() });
    // Unticked here to nothing: the team's ticks and status stand.
    expect(mergeOntoServer('checklists', server, json(checklistItemTask({ ...item, ticks: [] })), ['ticks'])).toEqual(server);
    // Pulled: the team's tick is added to this device's, newest last.
    expect(pulledPatch('checklists', item, { templateId: 'discharge', itemId: 'med-reconciliation', ticks: [T0 + 3] }, undefined)).toEqual({ ticks: [T0 + 1, T0 + 3, T0 + 5] });
    expect(pulledPatch('checklists', item, { templateId: 'discharge', itemId: 'med-reconciliation', ticks: [T0 + 3] }, ['ticks'])).toBeNull();
  });

  test('retired by status, never removed; a Task not of Rapport\'s checklists is a problem in words', () => {
    const gone = retired('checklists', json(checklistItemTask(item)));
    expect(r4.errorsOf(gone)).toEqual([]);
    expect(readChecklistTask(gone)).toMatchObject({ kind: 'retired' });
    expect(readChecklistTask({ resourceType: 'Task', id: 't9', status: 'completed' })).toEqual({ kind: 'problem', problem: expect.stringMatching(/^Task t9: /) });
  });
});
