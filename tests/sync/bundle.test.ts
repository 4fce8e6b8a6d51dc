import { describe, expect, test } from 'vitest';
import { RAPPORT_IDENTIFIER_SYSTEM, rapportIdentifierQuery, retire, transactionBundle, transactionBundles, withRapportIdentifier, type Change } from '../../src/sync/bundle';

/** The shape of what Rapport pushes, independent of any server. */

const rapportId = '0b6f2f0e-6c1e-4b8e-9d43-3f1f5a6b7c8d';

describe('transaction Bundles', () => {
  test('a create is conditional on Rapport’s identifier, keeps page identifiers and drops server fields', () => {
    const bundle = transactionBundle([
      {
        kind: 'create',
        rapportId,
        resource: { resourceType: 'Patient', id: 'local', meta: { versionId: 'x' }, identifier: [{ system: 'urn:mrn', value: '42' }, { system: RAPPORT_IDENTIFIER_SYSTEM, value: 'stale' }] },
      },
    ]);
    expect(bundle.entry[0]).toEqual({
      fullUrl: `urn:uuid:${rapportId}`,
      resource: { resourceType: 'Patient', identifier: [{ system: 'urn:mrn', value: '42' }, { system: RAPPORT_IDENTIFIER_SYSTEM, value: rapportId }] },
      request: { method: 'POST', url: 'Patient', ifNoneExist: `identifier=${encodeURIComponent(`${RAPPORT_IDENTIFIER_SYSTEM}|${rapportId}`)}` },
    });
  });

  test('a batch’s creates stand alone: no fullUrl for another entry to refer to, each still conditional on Rapport’s identifier', () => {
    const change: Change = { kind: 'create', rapportId, resource: { resourceType: 'Communication', status: 'completed' } };
    const [inBatch] = transactionBundle([change], 'batch').entry;
    expect(inBatch).toEqual({
      resource: { resourceType: 'Communication', status: 'completed', identifier: [{ system: RAPPORT_IDENTIFIER_SYSTEM, value: rapportId }] },
      request: { method: 'POST', url: 'Communication', ifNoneExist: rapportIdentifierQuery(rapportId) },
    });
    expect(transactionBundle([change]).entry[0]?.fullUrl).toBe(`urn:uuid:${rapportId}`);
  });

  test('a resource already carrying exactly Rapport’s identifier last is used as it is; any other shape gets a copy with it', () => {
    const ours = { system: RAPPORT_IDENTIFIER_SYSTEM, value: rapportId };
    const mapped = { resourceType: 'Task', identifier: [{ system: 'urn:mrn', value: '42' }, { ...ours }] };
    expect(withRapportIdentifier(mapped, rapportId)).toBe(mapped);
    for (const identifier of [
      [{ ...ours }, { system: 'urn:mrn', value: '42' }],
      [{ system: RAPPORT_IDENTIFIER_SYSTEM, value: 'stale' }, { ...ours }],
      [{ ...ours, use: 'secondary' }],
      [{ system: RAPPORT_IDENTIFIER_SYSTEM, value: 'stale' }],
      [],
    ]) {
      const resource = { resourceType: 'Task', identifier };
      const withOurs = withRapportIdentifier(resource, rapportId);
      expect(withOurs).not.toBe(resource);
      expect(withOurs.identifier?.at(-1)).toEqual(ours);
      expect(withOurs.identifier?.filter((one) => one.system === RAPPORT_IDENTIFIER_SYSTEM)).toHaveLength(1);
      expect(resource.identifier).toBe(identifier);
    }
    // The query's parts are encoded apart, as the whole was.
    for (const id of [rapportId, 'a|b,c d/é']) expect(rapportIdentifierQuery(id)).toBe(`identifier=${encodeURIComponent(`${RAPPORT_IDENTIFIER_SYSTEM}|${id}`)}`);
  });

  test('an update names the version it was based on; a retirement is an update of the status, never a DELETE', () => {
    const task = { resourceType: 'Task', id: 't1', meta: { versionId: 'v-9' }, status: 'requested' };
    const bundle = transactionBundle([{ kind: 'update', resource: task, versionId: 'v-9' }, retire(task, 'v-9', 'cancelled')]);
    expect(bundle.entry.map((entry) => entry.request)).toEqual([
      { method: 'PUT', url: 'Task/t1', ifMatch: 'W/"v-9"' },
      { method: 'PUT', url: 'Task/t1', ifMatch: 'W/"v-9"' },
    ]);
    expect(bundle.entry[1]?.resource).toEqual({ resourceType: 'Task', id: 't1', status: 'cancelled' });
  });

  test('groups are packed in order up to the cap and never split', () => {
    const change = (n: number): Change => ({ kind: 'create', rapportId: `${n}`, resource: { resourceType: 'Task' } });
    const sizes = (groups: number[]) => transactionBundles(groups.map((size) => Array.from({ length: size }, (_, n) => change(n))), 8).map((bundle) => bundle.entry.length);
    expect(sizes([3, 3, 3])).toEqual([6, 3]);
    expect(sizes([1, 10, 1])).toEqual([1, 10, 1]);
    expect(sizes([])).toEqual([]);
  });
});
