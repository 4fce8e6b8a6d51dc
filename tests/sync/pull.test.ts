import { describe, expect, test } from 'vitest';
import { EMPTY_CHECKPOINT, firstPageUrl, takePage, type SearchBundle } from '../../src/sync/pull';

/** The checkpoint arithmetic on its own: writes sharing a millisecond are neither lost nor repeated. */

const at = (id: string, versionId: string, lastUpdated: string) => ({ resourceType: 'Task', id, meta: { versionId, lastUpdated } });
const page = (...resources: ReturnType<typeof at>[]): SearchBundle => ({ resourceType: 'Bundle', entry: resources.map((resource) => ({ resource })) });

describe('pull checkpoints', () => {
  test('the first pull asks for everything, sorted, later ones from the checkpoint instant on', () => {
    expect(firstPageUrl('Task', EMPTY_CHECKPOINT)).toBe('Task?_sort=_lastUpdated&_count=100');
    const url = new URL(firstPageUrl('CareTeam', { lastUpdated: '2026-05-01T10:00:00.000Z', seenAtInstant: [] }, { participant: 'Practitioner/alice' }), 'https://x/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ _sort: '_lastUpdated', _count: '100', participant: 'Practitioner/alice', _lastUpdated: 'ge2026-05-01T10:00:00.000Z' });
  });

  test('a write in the same millisecond as the checkpoint, arriving later, is still taken; ones seen are not repeated', () => {
    const t = '2026-05-01T10:00:00.000Z';
    const first = takePage(page(at('a', '1', '2026-05-01T09:00:00.000Z'), at('b', '1', t)), EMPTY_CHECKPOINT);
    expect(first.checkpoint).toEqual({ lastUpdated: t, seenAtInstant: ['Task/b/1'] });
    const second = takePage(page(at('b', '1', t), at('c', '1', t)), first.checkpoint);
    expect(second.resources.map((resource) => resource.id)).toEqual(['c']);
    expect(second.checkpoint.seenAtInstant.sort()).toEqual(['Task/b/1', 'Task/c/1']);
    const third = takePage(page(at('b', '2', '2026-05-01T10:00:01.000Z')), second.checkpoint);
    expect(third.resources.map((resource) => resource.meta?.versionId)).toEqual(['2']);
    expect(third.checkpoint).toEqual({ lastUpdated: '2026-05-01T10:00:01.000Z', seenAtInstant: ['Task/b/2'] });
  });

  test('an empty page keeps the checkpoint', () => {
    const checkpoint = { lastUpdated: '2026-05-01T10:00:00.000Z', seenAtInstant: ['Task/b/1'] };
    expect(takePage(page(), checkpoint)).toEqual({ resources: [], checkpoint });
  });
});
