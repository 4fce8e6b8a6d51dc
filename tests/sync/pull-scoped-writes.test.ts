// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { useCaseloads } from './harness/caseloads';
import { pullScoped, SCOPE_KEY, type PullOne } from '../../src/sync/pull-scoped';
import { EMPTY_CHECKPOINT } from '../../src/sync/pull';
import type { RapportDb } from '../../src/store/db';

/**
 * When the scoped pull writes its groups as patients join: a group whose records were all echoes of
 * this round's push waits for the next write, one that applied records is written at once (so a
 * round stopped after it does not apply them again).
 */
const FHIR_BASE = 'https://fhir.test.invalid/fhir/R4/';
const STAMP = '2026-03-02T14:00:00.000Z';
const newCaseload = useCaseloads();

/** The caseload with each write of the groups listed, as the number of patients they hold. */
function watchWrites(db: RapportDb): { watched: RapportDb; writes: number[] } {
  const writes: number[] = [];
  const put = (async (...args: Parameters<RapportDb['put']>) => {
    const [store, row] = args;
    if (store === 'meta' && (row as { key: string }).key === SCOPE_KEY) {
      writes.push((row as { value: { groups: { patients: string[] }[] } }).value.groups.reduce((sum, group) => sum + group.patients.length, 0));
    }
    return db.put(...args);
  }) as RapportDb['put'];
  const watched = new Proxy(db, { get: (target, key) => (key === 'put' ? put : (Reflect.get(target, key) as unknown)) });
  return { watched, writes };
}

/** A first sync's pull of 120 new patients (three groups), the round's push having created all but `notBorn`. */
async function firstPull(notBorn: ReadonlySet<string>) {
  const db = await newCaseload();
  const { watched, writes } = watchWrites(db);
  const patients = Array.from({ length: 120 }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const born = new Map(patients.filter((id) => !notBorn.has(id)).map((id) => [id, STAMP]));
  const empty = async () => ({ resourceType: 'Bundle' as const });
  const pulledWhole: string[] = [];
  const pullOne: PullOne = async (_store, resourceType) => {
    pulledWhole.push(resourceType);
    return EMPTY_CHECKPOINT;
  };
  await pullScoped(watched, FHIR_BASE, new Set(patients), pullOne, empty, async (urls) => urls.map(() => ({ resourceType: 'Bundle' as const })), new Set(), born);
  const stored = (await db.get('meta', SCOPE_KEY))?.value as { groups: { patients: string[] }[] };
  return { writes, pulledWhole, stored: stored.groups.map((group) => group.patients.length) };
}

describe('the scoped pull\'s groups written as patients join', () => {
  test('groups whose records were all the push\'s echoes are written together, once, at the end', async () => {
    const { writes, pulledWhole, stored } = await firstPull(new Set());
    expect(pulledWhole).toEqual([]);
    expect(stored).toEqual([50, 50, 20]);
    expect(writes).toEqual([0, 120]);
  });

  test('a group pulled whole is written as soon as it is, with the echoes\' groups before it', async () => {
    const { writes, pulledWhole, stored } = await firstPull(new Set(['p060']));
    expect(pulledWhole).toHaveLength(5);
    expect(stored).toEqual([50, 50, 20]);
    expect(writes).toEqual([0, 100, 120]);
  });
});
