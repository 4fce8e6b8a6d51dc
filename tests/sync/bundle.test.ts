import { describe, expect, test } from 'vitest';
import { RAPPORT_IDENTIFIER_SYSTEM, retire, transactionBundle, transactionBundles, type Change } from '../../src/sync/bundle';

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
