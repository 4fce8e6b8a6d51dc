import { describe, expect, test } from 'vitest';
import { mergeOntoServer, retired } from '../../../src/domain/fhir/merge';

const server = {
  resourceType: 'Patient',
  id: 'p1',
  meta: { versionId: '3' },
  name: [{ text: 'Cyrus Marsh' }],
  telecom: [{ system: 'phone', value: '555-0100' }],
  identifier: [{ system: 'https://ehr.example.org', value: 'M1' }, { system: 'urn:other', value: 'x' }],
  extension: [{ url: 'urn:their-tool', valueString: 'kept' }],
};
const local = {
  resourceType: 'Patient',
  id: 'local-id',
  name: [{ text: 'Cy Marsh' }],
  telecom: [{ system: 'phone', value: '555-0199' }],
  identifier: [{ system: 'https://ehr.example.org', value: 'M1' }, { system: 'https://ehr.example.org#b', value: 'B7' }],
};

describe('mergeOntoServer', () => {
  test('only the changed fields are ours; the rest, and what other tools added, stay the server\'s', () => {
    const merged = mergeOntoServer('clients', server, local, ['phone']);
    expect(merged.telecom).toEqual(local.telecom);
    expect(merged.name).toEqual(server.name);
    expect(merged.extension).toEqual(server.extension);
    expect(merged.id).toBe('p1');
    expect(merged.meta).toEqual(server.meta);
  });

  test('identifiers are a union: a chart known in one place is never dropped by another', () => {
    const merged = mergeOntoServer('clients', server, local, ['name']);
    expect(merged.identifier).toEqual([...server.identifier, local.identifier[1]]);
  });

  test('without a list of fields every shared field is ours, and a field we cleared is removed', () => {
    const merged = mergeOntoServer('clients', server, { ...local, telecom: undefined });
    expect(merged.name).toEqual(local.name);
    expect('telecom' in merged).toBe(false);
  });

  test('a task done in one place stays done, whatever the other edits', () => {
    const done = { resourceType: 'Task', status: 'completed', lastModified: '2026-03-02T10:00:00.000Z', description: 'Call back' };
    const open = { resourceType: 'Task', status: 'requested', lastModified: '2026-03-01T09:00:00.000Z', description: 'Call back about meals' };
    const merged = mergeOntoServer('callbacks', done, open, ['status', 'reason']);
    expect(merged).toMatchObject({ status: 'completed', lastModified: done.lastModified, description: open.description });
    expect(mergeOntoServer('callbacks', open, done, ['status'])).toMatchObject({ status: 'completed', lastModified: done.lastModified });
  });

  test('retiring changes the status only: patients become inactive, the rest entered-in-error', () => {
    expect(retired('clients', server)).toEqual({ ...server, active: false });
    const task = { resourceType: 'Task', status: 'requested' };
    expect(retired('callbacks', task)).toEqual({ resourceType: 'Task', status: 'entered-in-error' });
  });
});
