import { describe, expect, test } from 'vitest';
import { callbackTask, communication, patient } from '../../../src/domain/fhir/export';
import { readCallbackTask, readCommunication, readPatient } from '../../../src/domain/fhir/read';
import { pulledPatch } from '../../../src/domain/fhir/pull-merge';

/** What team sync pushes reads back as the same record fields, and what does not fit is a problem in words. */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const meta = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', createdAt: T0, updatedAt: T0 };
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };

describe('FHIR → record fields', () => {
  test('a client, a contact and a callback read back as they were pushed', () => {
    const client = { ...meta, name: 'Ada Quill', dob: '1941-05-02', sex: 'F', phone: '555-0100', identities: [{ system: 'https://ehr.example.org', mrn: 'A-1' }, { system: 'manual', mrn: 'M-2' }] };
    const read = readPatient(json(patient(client)));
    expect(read).toMatchObject({ kind: 'record', fields: { name: 'Ada Quill', dob: '1941-05-02', phone: '555-0100', identities: client.identities } });
    if (read.kind === 'record') expect(pulledPatch('clients', client, read.fields, undefined)).toBeNull();

    const contact = { ...meta, clientId: 'c', at: T0, channel: 'visit' as const, direction: 'inbound' as const, outcome: 'voicemail' as const, note: 'Left word' };
    expect(readCommunication(json(communication(contact)))).toMatchObject({ kind: 'record', fields: { at: T0, channel: 'visit', direction: 'inbound', outcome: 'voicemail', note: 'Left word' } });

    const callback = { ...meta, clientId: 'c', dueAt: T0 + 1, status: 'done' as const, doneAt: T0 + 2 };
    expect(readCallbackTask(json(callbackTask(callback)))).toEqual({ kind: 'record', fields: { dueAt: T0 + 1, status: 'done', doneAt: T0 + 2 }, rapportIds: [callback.id] });
  });

  test('retired resources read as retirements; ones that do not fit say why', () => {
    expect(readPatient({ resourceType: 'Patient', active: false })).toMatchObject({ kind: 'retired' });
    expect(readCallbackTask({ resourceType: 'Task', status: 'cancelled' })).toMatchObject({ kind: 'retired' });
    expect(readPatient({ resourceType: 'Patient', id: 'p1', name: [{}] })).toEqual({ kind: 'problem', problem: expect.stringMatching(/^Patient p1: name/) });
    expect(readCommunication({ resourceType: 'Communication', id: 'x', status: 'completed', sent: 'yesterday' })).toMatchObject({ kind: 'problem' });
  });

  test('forward only: a callback done here is not reopened by a pull; done there is done here', () => {
    expect(pulledPatch('callbacks', { dueAt: 1, status: 'done', doneAt: 5 }, { dueAt: 1, status: 'open' }, undefined)).toBeNull();
    expect(pulledPatch('callbacks', { dueAt: 1, status: 'open' }, { dueAt: 1, status: 'done', doneAt: 7 }, undefined)).toEqual({ status: 'done', doneAt: 7 });
    expect(pulledPatch('clients', { name: 'A', phone: '1', identities: [] }, { name: 'B', phone: '2', identities: [] }, ['phone'])).toEqual({ name: 'B' });
    expect(pulledPatch('clients', { name: 'A', identities: [] }, { name: 'B', identities: [] }, 'all')).toBeNull();
  });
});
