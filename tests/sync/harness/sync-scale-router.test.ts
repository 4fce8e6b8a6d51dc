// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseSearchRequest } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { createFhirEngine, type FhirEngine } from './fhir-engine';
import { copyEngine, createIndexedEngine } from '../../bench/sync-scale-router';

/**
 * The sync bench's indexed router (tests/bench/sync-scale-router.ts) must answer every search as
 * the harness's plain repository does, or the bench's figures would be about another server. Here
 * (beside the harness, where the suite runs it): the same writes, deletes and rolled-back
 * transactions on both, then the same searches, answer for answer, stored row for stored row.
 */

const SYSTEM = 'https://rapport.invalid/id';
const TYPES = ['Task', 'Patient', 'CareTeam'] as const;
/** Reference searches, Task's alone (a Patient has no `subject`): the bench's scoped pull asks for `patient` and `subject` lists. */
const TASK_QUERIES = ['patient=Patient/p1&_elements=for&_sort=_lastUpdated', '_lastUpdated=ge2026-03-02T10:00:00.000Z&_elements=for,identifier&_count=3', 'patient=Patient/p1', 'patient=Patient/p1,Patient/P2', 'patient=p2', 'subject=Patient/p2&_sort=_lastUpdated', 'patient=Patient/p3&_lastUpdated=ge2026-03-02T10:00:00.000Z'];
/** A team's searches (sync/team.ts): CareTeams by `participant` lists. */
const CARE_TEAM_QUERIES = ['participant=Patient/p1', 'participant=Patient/p1,Patient/P2', 'participant=p2', 'participant=Patient/p3&_lastUpdated=ge2026-03-02T10:00:00.000Z&_sort=_lastUpdated', 'participant=Patient/p1&_count=1000'];
const queriesOf = (type: string) => [...QUERIES, ...(type === 'Task' ? TASK_QUERIES : type === 'CareTeam' ? CARE_TEAM_QUERIES : [])];
const IDS = ['a', 'B', 'c', 'd', 'e'];
/**
 * Ties, a stamp written out of order, and two of other forms (second precision, an offset): the
 * router sorts stamps as Medplum writes them by their characters, and falls back to Medplum's sort
 * when one is of another form ('+' before '.' by character, after it by locale).
 */
const STAMPS = ['2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:01.500Z', '2026-03-02T09:59:59.999Z', '2026-03-02T10:00:02Z', '2026-03-02T10:00:03.250Z', '2026-03-02T10:00:02.000Z', '2026-03-02T10:00:02+00:00'];
const QUERIES = [
  `identifier=${SYSTEM}|x`,
  'identifier=X',
  `identifier=${SYSTEM}|x,${SYSTEM}|y`,
  `identifier=${SYSTEM}|`,
  'identifier=|z',
  '_sort=_lastUpdated&_count=2',
  '_sort=_lastUpdated&_count=2&_offset=2',
  '_sort=-_lastUpdated&_count=3&_offset=1',
  '_lastUpdated=ge2026-03-02T10:00:00.000Z&_sort=_lastUpdated',
  '_lastUpdated=gt2026-03-02T10:00:00.000Z&_sort=_lastUpdated&_count=2',
  '_lastUpdated=sa2026-03-02T10:00:01Z',
  '_lastUpdated=ge2026-03-02',
  '_lastUpdated=ge2026-03-02T11:00:00%2B01:00&_sort=_lastUpdated',
  '_lastUpdated=le2026-03-02T10:00:01.500Z&_sort=-_lastUpdated',
  '_lastUpdated=lt2026-03-02T10:00:02Z',
  '_lastUpdated=eq2026-03-02T10:00:00',
  '_lastUpdated=eb2026-03-02T10:00:01',
  '_lastUpdated=ne2026-03-02T10:00:00.000Z',
  '_lastUpdated=ge2026-03-02T10:00:00.000Z&_lastUpdated=lt2026-03-02T10:00:02.000Z',
  '_id=a,c',
  '_id=A,b',
];

type Write = { kind: 'write'; type: (typeof TYPES)[number]; id: string; identifiers: string[]; stamp: string; patient?: string };
type Op = Write | { kind: 'delete'; type: (typeof TYPES)[number]; id: string } | { kind: 'rolled back'; writes: Write[] } | { kind: 'search'; type: (typeof TYPES)[number]; query: string };

const write: fc.Arbitrary<Write> = fc.record({
  kind: fc.constant('write' as const),
  type: fc.constantFrom(...TYPES),
  id: fc.constantFrom(...IDS),
  identifiers: fc.subarray([`${SYSTEM}|x`, `${SYSTEM}|X`, `${SYSTEM}|y`, '|z', `${SYSTEM}|z`]),
  stamp: fc.constantFrom(...STAMPS),
  patient: fc.constantFrom(undefined, 'Patient/p1', 'Patient/P2', 'Patient/p2', 'p3'),
});
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: write },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), type: fc.constantFrom(...TYPES), id: fc.constantFrom(...IDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rolled back' as const), writes: fc.array(write, { minLength: 1, maxLength: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('search' as const), type: fc.constantFrom(...TYPES), query: fc.constantFrom(...QUERIES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('search' as const), type: fc.constant('Task' as const), query: fc.constantFrom(...TASK_QUERIES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('search' as const), type: fc.constant('CareTeam' as const), query: fc.constantFrom(...CARE_TEAM_QUERIES) }) },
);

let version = 0;
function resourceOf({ type, id, identifiers, stamp, patient }: Write): Resource {
  const identifier = identifiers.map((token) => {
    const [system, value] = token.split('|');
    return system ? { system, value } : { value };
  });
  // A CareTeam names the patient among its participants, after a member without a reference.
  const status =
    type === 'Task' ? { status: 'requested', intent: 'order', ...(patient ? { for: { reference: patient } } : {}) } : type === 'CareTeam' ? { participant: [{ role: [{ text: 'x' }] }, ...(patient ? [{ member: { reference: patient } }] : [])] } : {};
  return { resourceType: type, id, identifier, meta: { versionId: String(++version), lastUpdated: stamp }, ...status } as Resource;
}

/**
 * The plain repository's answer as a server that honours `_elements` gives it (Medplum's does; its
 * in-memory repository does not): each resource's type, id, meta marked SUBSETTED, and the elements named.
 */
function cutTo(answer: unknown, query: string): unknown {
  const elements = new URLSearchParams(query).get('_elements');
  const bundle = answer as { entry?: { resource: Record<string, unknown> & { meta?: { tag?: unknown[] } } }[] };
  if (!elements || !bundle.entry) return answer;
  const tag = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' };
  const entry = bundle.entry.map(({ resource }) => ({
    resource: Object.fromEntries([
      ['resourceType', resource.resourceType],
      ['id', resource.id],
      ['meta', { ...resource.meta, tag: [...(resource.meta?.tag ?? []), tag] }],
      ...elements.split(',').filter((name) => name in resource).map((name) => [name, resource[name]]),
    ]),
  }));
  return { ...bundle, entry };
}

/** What a step did: a search's answer, or whether a write or delete was refused. */
async function apply(engine: FhirEngine, step: Op): Promise<unknown> {
  const { repo } = engine;
  try {
    if (step.kind === 'write') return await repo.createResource(resourceOf(step));
    if (step.kind === 'delete') return await repo.deleteResource(step.type, step.id);
    if (step.kind === 'search') return await repo.search(parseSearchRequest(`${step.type}?${step.query}`));
    return await repo.withTransaction(async () => {
      for (const one of step.writes) await repo.createResource(resourceOf(one));
      throw new Error('rolled back');
    });
  } catch (error) {
    return { refused: String(error) };
  }
}

function stored(engine: FhirEngine): unknown {
  const maps = engine.repo as unknown as Record<'resources' | 'history', Map<string, Map<string, unknown>>>;
  return (['resources', 'history'] as const).map((key) => [...maps[key]].map(([type, rows]) => [type, [...rows]]));
}

async function searchAll(engine: FhirEngine): Promise<unknown[]> {
  const answers = [];
  for (const type of TYPES) for (const query of queriesOf(type)) answers.push(await engine.repo.search(parseSearchRequest(`${type}?${query}`)));
  return answers;
}

describe('the sync bench indexed router', () => {
  test('answers, stores and rolls back exactly as the plain repository', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (steps) => {
        const [plain, fresh] = [createFhirEngine(), createIndexedEngine('http://fhir.invalid/fhir/R4/')];
        for (const step of steps) {
          const startedAt = version;
          const expected = step.kind === 'search' ? cutTo(await apply(plain, step), step.query) : await apply(plain, step);
          version = startedAt;
          expect(await apply(fresh, step)).toEqual(expected);
        }
        expect(stored(fresh)).toEqual(stored(plain));
        const [mine, theirs] = [await searchAll(fresh), await searchAll(plain)];
        const asked = TYPES.flatMap((type) => queriesOf(type).map((query) => `${type}?${query}`));
        for (const [i, answer] of theirs.entries()) expect(mine[i], asked[i]).toEqual(cutTo(answer, asked[i]!.split('?')[1]!));
      }),
      { numRuns: 80 },
    );
  }, 90_000);

  test('a copy holds the same rows in the same order and answers the same', async () => {
    const source = createIndexedEngine('http://fhir.invalid/fhir/R4/');
    for (const [i, id] of IDS.entries()) {
      await source.repo.createResource(resourceOf({ kind: 'write', type: 'Task', id, identifiers: [`${SYSTEM}|x`], stamp: STAMPS[i]! }));
    }
    await source.repo.createResource(resourceOf({ kind: 'write', type: 'Task', id: 'b', identifiers: [`${SYSTEM}|y`], stamp: STAMPS[5]! }));
    const copy = copyEngine(source, 'http://fhir.invalid/fhir/R4/');
    expect(stored(copy)).toEqual(stored(source));
    expect(await searchAll(copy)).toEqual(await searchAll(source));
  });
});
