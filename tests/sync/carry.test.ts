// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { routerTransport } from './harness/router-transport';
import { acceptedPages, firstPagesKnowing } from '../../src/sync/batch-read';
import { carriedEntries, takeCarried, type Carried } from '../../src/sync/carry';
import { nextPageUrl, type SearchBundle } from '../../src/sync/pull';

const BASE = 'https://fhir.test.invalid/fhir/R4/';

/** A transport to Medplum's router in process, keeping each request's method, path and query. */
function connected() {
  const { engine, askedInFull, send } = routerTransport(BASE);
  return { engine, asked: askedInFull, send };
}

const names = (page: SearchBundle | undefined) => (page?.entry ?? []).map((entry) => (entry.resource as { name?: { text?: string }[] }).name?.[0]?.text);

describe('searches carried in a pushed Bundle', () => {
  test("a transaction's GETs see its writes; a page with more behind it pages on by its next link as a request of its own", async () => {
    const { engine, asked, send } = connected();
    for (const name of ['Ann', 'Bob']) await engine.handle('POST', 'Patient', { resourceType: 'Patient', name: [{ text: name }] });
    const carry: Carried = { urls: ['Patient?_sort=_lastUpdated&_count=2', 'Task?_count=5'] };
    const writes = [{ resource: { resourceType: 'Patient', name: [{ text: 'Cy' }] }, request: { method: 'POST', url: 'Patient' } }];
    const { body } = await send<Bundle>('POST', '', { json: { resourceType: 'Bundle', type: 'transaction', entry: [...writes, ...carriedEntries(carry)] } });
    takeCarried(carry, body.entry!.slice(writes.length));
    expect(carriedEntries(carry)).toEqual([]);
    const [patients, tasks] = await firstPagesKnowing(send, carry.urls, carry.pages);
    expect(asked).toEqual(['POST ']);
    expect(names(patients)).toEqual(['Ann', 'Bob']);
    expect(tasks!.entry ?? []).toEqual([]);
    const rest = (await send<SearchBundle>('GET', nextPageUrl(patients!)!)).body;
    expect(names(rest)).toEqual(['Cy']);
  });

  test('a page not sure to be whole (full, with no next link), an entry refused, or answers that do not line up are left for the pull to ask on its own', async () => {
    const full: SearchBundle = { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Patient', id: 'a' } }, { resource: { resourceType: 'Patient', id: 'b' } }] };
    const urls = ['Patient?_count=2', 'Task?_count=5', 'Condition?_count=5'];
    const answers = [
      { resource: full, response: { status: '200 OK' } },
      { resource: { resourceType: 'Bundle' }, response: { status: '200 OK' } },
      { response: { status: '403 Forbidden' } },
    ];
    expect([...acceptedPages(urls, answers).keys()]).toEqual(['Task?_count=5']);
    expect(acceptedPages(urls, answers.slice(1)).size).toBe(0);

    const { engine, asked, send } = connected();
    await engine.handle('POST', 'Patient', { resourceType: 'Patient', name: [{ text: 'Di' }] });
    const [patients, tasks] = await firstPagesKnowing(send, ['Patient?_count=2', 'Task?_count=5'], acceptedPages(urls, answers));
    expect(asked).toEqual(['GET Patient?_count=2']);
    expect(names(patients)).toEqual(['Di']);
    expect(tasks).toBe(answers[1]!.resource);
  });

  test('a server that refused them once is not asked to carry them again; nothing is carried twice', () => {
    expect(carriedEntries(undefined)).toEqual([]);
    expect(carriedEntries({ urls: ['Task?_count=1'], refused: true })).toEqual([]);
    expect(carriedEntries({ urls: ['Task?_count=1'] })).toEqual([{ request: { method: 'GET', url: 'Task?_count=1' } }]);
    expect(carriedEntries({ urls: ['Task?_count=1'], pages: new Map() })).toEqual([]);
  });
});
