import { describe, expect, test } from 'vitest';
import { HOUR, T0, useFreshDb } from './helpers';
import { openAuditLog, type AuditRow } from '../../../src/store/audit';
import { createClient, updateClient } from '../../../src/store/clients';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { addCallback } from '../../../src/store/callbacks';
import { saveSiteProfile } from '../../../src/store/sites';

const brief = (rows: AuditRow[]) => rows.map((r) => `${r.store}:${r.id}`);

describe('the audit log', () => {
  const db = useFreshDb();

  const call = (clientId: string, at: number) =>
    logContact(db(), { clientId, at, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, at);

  test('lists every store newest change first, with tombstones as deleted and the client each row is about', async () => {
    const ann = await createClient(db(), { name: 'Ann Example' }, T0);
    const bob = await createClient(db(), { name: 'Bob Example' }, T0 + HOUR);
    const contact = await call(ann.id, T0 + 2 * HOUR);
    const gone = await call(bob.id, T0 + 3 * HOUR);
    await deleteContact(db(), gone.id, T0 + 5 * HOUR);
    const callback = await addCallback(db(), { clientId: bob.id, dueAt: T0 + 9 * HOUR }, T0 + 4 * HOUR);
    const site = await saveSiteProfile(db(), { origin: 'https://ehr.example', selectors: { name: '#n' } }, T0 + 6 * HOUR);
    await updateClient(db(), ann.id, { phone: '555-0100' }, T0 + 7 * HOUR);

    const { rows, next } = (await openAuditLog(db())).page({ limit: 50 });
    expect(next).toBeUndefined();
    expect(brief(rows)).toEqual([
      `clients:${ann.id}`,
      `sites:${site.id}`,
      `contacts:${gone.id}`,
      `callbacks:${callback.id}`,
      `contacts:${contact.id}`,
      `clients:${bob.id}`,
    ]);
    expect(rows[0]).toEqual({ store: 'clients', id: ann.id, createdAt: T0, updatedAt: T0 + 7 * HOUR, rev: 2, deleted: false, clientId: ann.id });
    expect(rows[2]).toMatchObject({ createdAt: T0 + 3 * HOUR, updatedAt: T0 + 5 * HOUR, rev: 2, deleted: true });
    expect(rows[3]).toMatchObject({ clientId: bob.id, deleted: false, rev: 1 });
    expect(rows[4]).toMatchObject({ clientId: ann.id });
    expect(rows[1]?.clientId).toBeUndefined();
  });

  test('reads only the meta fields and clientId: sealed fields do not matter', async () => {
    await db().put('contacts', { id: 'sealed', createdAt: T0, updatedAt: T0, rev: 1, clientId: 'c1', sealed: 'x9f…' } as never);
    const { rows } = (await openAuditLog(db())).page({ limit: 5 });
    expect(rows).toEqual([{ store: 'contacts', id: 'sealed', createdAt: T0, updatedAt: T0, rev: 1, deleted: false, clientId: 'c1' }]);
  });

  test('pages neither repeat nor skip rows that share a timestamp, across stores', async () => {
    const meta = (id: string, at: number) => ({ id, createdAt: at, updatedAt: at, rev: 1 });
    const put = (store: 'contacts' | 'callbacks', id: string, at: number) =>
      db().put(store, { ...meta(id, at), clientId: 'c', at, channel: 'call', dueAt: at, status: 'open' } as never);
    const expected: string[] = [];
    for (let i = 0; i < 7; i++) {
      await put('contacts', `k${i}`, T0);
      await put('callbacks', `b${i}`, T0);
    }
    await put('contacts', 'newest', T0 + HOUR);
    await put('contacts', 'oldest', T0 - HOUR);
    const log = await openAuditLog(db());
    const all = log.page({ limit: 100 }).rows;
    expected.push(...brief(all));
    expect(expected).toHaveLength(16);
    expect(expected[0]).toBe('contacts:newest');
    expect(expected[15]).toBe('contacts:oldest');

    const seen: string[] = [];
    let page = log.page({ limit: 3 });
    for (;;) {
      expect(page.rows.length).toBeLessThanOrEqual(3);
      seen.push(...brief(page.rows));
      if (!page.next) break;
      page = log.page({ limit: 3, after: page.next });
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(16);
  });

  test('filters by store and by client, and a filter still pages to the end', async () => {
    const ann = await createClient(db(), { name: 'Ann Example' }, T0);
    const bob = await createClient(db(), { name: 'Bob Example' }, T0);
    for (let i = 1; i <= 5; i++) {
      await call(ann.id, T0 + i * HOUR);
      await call(bob.id, T0 + i * HOUR + 1);
    }
    const log = await openAuditLog(db());
    const anns = new Set([ann.id]);

    const first = log.page({ limit: 4, clientIds: anns });
    expect(first.rows.map((r) => r.clientId)).toEqual([ann.id, ann.id, ann.id, ann.id]);
    const rest = log.page({ limit: 4, clientIds: anns, after: first.next });
    expect(rest.rows).toHaveLength(2);
    expect(rest.rows.at(-1)).toMatchObject({ store: 'clients', id: ann.id });
    expect(rest.next).toBeUndefined();

    const onlyClients = log.page({ limit: 10, stores: ['clients'] });
    expect(onlyClients.rows.map((r) => r.id).sort()).toEqual([ann.id, bob.id].sort());
  });
});
