import { describe, expect, it } from 'vitest';
import { deleteRecord, getLive, insertRecord, NotFoundError, StaleWriteError, updateRecord } from '../../../src/store/base';
import { addCallback, callbacksForClient, countOverdue, listOverdue } from '../../../src/store/callbacks';
import { createClient, findClients, listClients } from '../../../src/store/clients';
import { contactsForClient, deleteContact, logContact } from '../../../src/store/contacts';
import { HOUR, T0, useFreshDb } from './helpers';

const db = useFreshDb();

describe('record meta and revisions', () => {
  it('creates with rev 1 and equal timestamps', async () => {
    const cb = await insertRecord(db(), 'callbacks', { clientId: 'c', dueAt: T0, status: 'open' }, T0);
    expect(cb).toMatchObject({ rev: 1, createdAt: T0, updatedAt: T0, clientId: 'c' });
    expect(cb.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getLive(db(), 'callbacks', cb.id)).toEqual(cb);
  });

  it('bumps rev and updatedAt, keeps createdAt, removes fields patched to undefined', async () => {
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0, reason: 'labs' }, T0);
    const next = await updateRecord(db(), 'callbacks', cb.id, { reason: undefined, dueAt: T0 + HOUR }, T0 + 5);
    expect(next).toMatchObject({ rev: 2, createdAt: T0, updatedAt: T0 + 5, dueAt: T0 + HOUR });
    expect('reason' in next).toBe(false);
    expect(await getLive(db(), 'callbacks', cb.id)).toEqual(next);
  });

  it('refuses a stale write and hands back the current record', async () => {
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    await updateRecord(db(), 'callbacks', cb.id, { reason: 'panel A' }, T0 + 1, 1);
    const stale = updateRecord(db(), 'callbacks', cb.id, { reason: 'panel B' }, T0 + 2, 1);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    const err = (await stale.catch((e: unknown) => e)) as StaleWriteError;
    expect(err.current).toMatchObject({ rev: 2, reason: 'panel A' });
    expect(await getLive(db(), 'callbacks', cb.id)).toMatchObject({ rev: 2, reason: 'panel A' });
  });

  it('an updater returning null writes nothing', async () => {
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    expect(await updateRecord(db(), 'callbacks', cb.id, () => null, T0 + 1)).toEqual(cb);
    expect((await getLive(db(), 'callbacks', cb.id))?.rev).toBe(1);
  });

  it('throws NotFoundError for missing and deleted records', async () => {
    await expect(updateRecord(db(), 'callbacks', 'nope', {}, T0)).rejects.toBeInstanceOf(NotFoundError);
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    await deleteRecord(db(), 'callbacks', cb.id, T0 + 1);
    await expect(updateRecord(db(), 'callbacks', cb.id, { reason: 'x' }, T0 + 2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteRecord(db(), 'callbacks', 'nope', T0)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('tombstones', () => {
  it('replace the record and are idempotent', async () => {
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    const tomb = await deleteRecord(db(), 'callbacks', cb.id, T0 + 1);
    expect(tomb).toEqual({ id: cb.id, createdAt: T0, updatedAt: T0 + 1, rev: 2, deleted: true });
    expect(await db().get('callbacks', cb.id)).toEqual(tomb);
    expect(await deleteRecord(db(), 'callbacks', cb.id, T0 + 9)).toEqual(tomb);
    expect(await getLive(db(), 'callbacks', cb.id)).toBeUndefined();
  });

  it('are not listed by indexes nor counted overdue', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace', dob: '1815-12-10', mrn: 'A1' }, T0);
    const cb = await addCallback(db(), { clientId: client.id, dueAt: T0 - HOUR }, T0);
    const contact = await logContact(
      db(),
      { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] },
      T0,
    );
    expect(await countOverdue(db(), T0)).toBe(1);

    await deleteRecord(db(), 'callbacks', cb.id, T0 + 1);
    await deleteContact(db(), contact.id, T0 + 1);
    await deleteRecord(db(), 'clients', client.id, T0 + 1);

    expect(await countOverdue(db(), T0 + 2)).toBe(0);
    expect(await listOverdue(db(), T0 + 2)).toEqual([]);
    expect(await callbacksForClient(db(), client.id)).toEqual([]);
    expect(await contactsForClient(db(), client.id)).toEqual([]);
    expect(await listClients(db())).toEqual([]);
    expect(await findClients(db(), 'ada')).toEqual([]);
    expect(await db().countFromIndex('clients', 'by_identity')).toBe(0);
    expect(await db().countFromIndex('clients', 'by_nameDob')).toBe(0);
    expect(await db().countFromIndex('callbacks', 'by_status_due')).toBe(0);
    expect(await db().countFromIndex('contacts', 'by_client_at')).toBe(0);
    // by_updatedAt lists deletions on purpose, for export and merge.
    expect(await db().countFromIndex('clients', 'by_updatedAt')).toBe(1);
  });
});
