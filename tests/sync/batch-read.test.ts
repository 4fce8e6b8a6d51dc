// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { routerTransport } from './harness/router-transport';
import { firstPages, searchEach } from '../../src/sync/batch-read';
import { nextPageUrl, type SearchBundle } from '../../src/sync/pull';
import { SyncError } from '../../src/sync/errors';

const BASE = 'https://fhir.test.invalid/fhir/R4/';

/** A transport to Medplum's router in process, counting requests. */
const connected = () => routerTransport(BASE);

describe('several searches in one request', () => {
  test('each first page in order, in one batch; a page with more pages behind it pages on by its next link', async () => {
    const { engine, asked, send } = connected();
    for (const name of ['Ann', 'Bob', 'Cy']) await engine.handle('POST', 'Patient', { resourceType: 'Patient', name: [{ text: name }] });
    await engine.handle('POST', 'Task', { resourceType: 'Task', status: 'requested', intent: 'order' });
    const [patients, tasks, conditions] = await firstPages(send, ['Patient?_sort=_lastUpdated&_count=2', 'Task?_count=5', 'Condition?_count=5']);
    expect(asked).toEqual(['POST ']);
    expect(patients!.entry?.map((entry) => (entry.resource as { name?: { text?: string }[] }).name?.[0]?.text)).toEqual(['Ann', 'Bob']);
    expect(tasks!.entry).toHaveLength(1);
    expect(conditions!.entry ?? []).toHaveLength(0);
    const next = nextPageUrl(patients!);
    expect(next).toBeDefined();
    const rest = (await send<SearchBundle>('GET', next!)).body as Bundle;
    expect(rest.entry?.map((entry) => (entry.resource as { name?: { text?: string }[] }).name?.[0]?.text)).toEqual(['Cy']);
  });

  test('one search goes as itself; a search the server refuses fails the whole read', async () => {
    const { asked, send } = connected();
    await firstPages(send, ['Patient?_count=5']);
    expect(asked).toEqual(['GET Patient']);
    await expect(firstPages(send, ['Patient?_count=5', 'Patient?_lastUpdated=gtnot-a-date'])).rejects.toBeInstanceOf(SyncError);
  });

  test('searches past a batch\'s share go in further batches; each search\'s every match, in the order asked, its later pages by next', async () => {
    const { engine, asked, send } = connected();
    const patients: string[] = [];
    for (let i = 0; i < 25; i++) patients.push(((await engine.handle('POST', 'Patient', { resourceType: 'Patient', name: [{ text: `P${i}` }] })).body as { id: string }).id);
    for (let i = 0; i < 3; i++) await engine.handle('POST', 'Task', { resourceType: 'Task', status: 'requested', intent: 'order', for: { reference: `Patient/${patients[24]}` } });
    const urls = patients.map((id) => `Task?patient=Patient/${id}&_count=2`);
    const found = await searchEach(send, urls);
    expect(found.map((matches) => matches.length)).toEqual([...Array(24).fill(0), 3]);
    // Twenty searches a batch, then the last five; the one with a third Task pages on by its next link.
    expect(asked).toEqual(['POST ', 'POST ', 'GET Task']);
  });

  test('a full page a batch answers without a next link is asked again alone, so nothing behind it is missed', async () => {
    const { engine, asked, send } = connected();
    for (const name of ['Ann', 'Bob', 'Cy']) await engine.handle('POST', 'Patient', { resourceType: 'Patient', name: [{ text: name }] });
    // A server that writes no paging links inside a batch's answers (the search asked alone keeps them).
    const withoutNestedLinks: typeof send = async <T,>(method: string, url: string, options?: Parameters<typeof send>[2]) => {
      const answer = await send<T>(method, url, options);
      const entries = (answer.body as Bundle | undefined)?.entry;
      if (method === 'POST' && entries) for (const entry of entries) delete (entry.resource as Bundle | undefined)?.link;
      return answer;
    };
    const [patients, tasks] = await firstPages(withoutNestedLinks, ['Patient?_sort=_lastUpdated&_count=2', 'Task?_count=5']);
    expect(asked).toEqual(['POST ', 'GET Patient']);
    expect(nextPageUrl(patients!)).toBeDefined();
    expect(tasks!.entry ?? []).toHaveLength(0);
  });
});
