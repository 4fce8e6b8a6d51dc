import { describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, seedEverything, T0 } from './seed';
import { openText } from './fixtures';
import { applyImport, exportBackup, planImport } from '../../../src/store/backup';
import { getClient, updateClient } from '../../../src/store/clients';
import { deleteRecord } from '../../../src/store/base';
import { logContact } from '../../../src/store/contacts';
import { incomingWins, isNewer } from '../../../src/domain/backup/merge';
import type { ClientRecord } from '../../../src/model/records';
import { DAY_MS } from '../../../src/domain/time/dates';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

const rec = (rev: number, updatedAt: number, deleted?: true) => ({ id: 'x', createdAt: 0, updatedAt, rev, ...(deleted ? { deleted } : {}) });

describe('merge rule', () => {
  test('higher rev wins, then later updatedAt; a local deletion is never undone by a live record', () => {
    expect(isNewer(rec(3, 0), rec(2, 9))).toBe(true);
    expect(isNewer(rec(2, 9), rec(2, 8))).toBe(true);
    expect(isNewer(rec(2, 8), rec(2, 8))).toBe(false);
    expect(incomingWins(undefined, rec(1, 0))).toBe(true);
    expect(incomingWins(rec(2, 5, true), rec(1, 0))).toBe(false);
    expect(incomingWins(rec(2, 5, true), rec(9, 9))).toBe(false);
    expect(incomingWins(rec(2, 5), rec(3, 6, true))).toBe(true);
    expect(incomingWins(rec(4, 5), rec(3, 6, true))).toBe(false);
  });
});

describe('importing into a database that moved on', () => {
  const db = useFreshDb();

  async function exportThen(change: (ann: ClientRecord) => Promise<unknown>) {
    const { ann, bob } = await seedEverything(db());
    const text = JSON.stringify(await exportBackup(db(), T0));
    await change(ann);
    return { text, ann, bob };
  }

  test('a newer local edit is kept: the older backup is ignored', async () => {
    const { text, ann } = await exportThen((ann) => updateClient(db(), ann.id, { phone: '555-0199' }, T0 + 9 * DAY_MS));
    const before = await dump(db());
    const plan = await planImport(db(), await openText(text));
    expect(plan.counts.clients.updated).toBe(0);
    await applyImport(db(), plan, IMPORTED_AT);
    expect(await dump(db())).toEqual(before);
    expect((await getClient(db(), ann.id))!.phone).toBe('555-0199');
  });

  test('a record deleted here stays deleted', async () => {
    const { text, ann } = await exportThen((ann) => deleteRecord(db(), 'clients', ann.id, T0 + 9 * DAY_MS));
    const plan = await planImport(db(), await openText(text));
    await applyImport(db(), plan, IMPORTED_AT);
    expect(await db().get('clients', ann.id)).toMatchObject({ deleted: true });
  });

  test('a newer record in the backup replaces the older local one', async () => {
    const { ann } = await seedEverything(db());
    await updateClient(db(), ann.id, { phone: '555-0199' }, T0 + 9 * DAY_MS);
    const newer = JSON.stringify(await exportBackup(db(), T0 + 10 * DAY_MS));
    // Roll this device back to the older revision, as another machine would be.
    await db().put('clients', ann);
    const plan = await planImport(db(), await openText(newer));
    expect(plan.counts.clients).toMatchObject({ updated: 1, unchanged: 1 });
    await applyImport(db(), plan, IMPORTED_AT);
    expect((await getClient(db(), ann.id))!.phone).toBe('555-0199');
  });

  test('an imported tombstone deletes the local record when newer, not when older', async () => {
    const { ann, bob } = await seedEverything(db());
    await deleteRecord(db(), 'clients', ann.id, T0 + 9 * DAY_MS);
    await deleteRecord(db(), 'clients', bob.id, T0 + 9 * DAY_MS);
    const tombstones = JSON.stringify(await exportBackup(db(), T0 + 10 * DAY_MS));
    await db().put('clients', ann);
    // Bob was edited twice more here after the backup's deletion: his local revision is higher.
    await db().put('clients', { ...bob, rev: bob.rev + 5, updatedAt: T0 + 11 * DAY_MS });
    const plan = await planImport(db(), await openText(tombstones));
    expect(plan.counts.clients).toMatchObject({ deleted: 1, unchanged: 1 });
    await applyImport(db(), plan, IMPORTED_AT);
    expect(await db().get('clients', ann.id)).toMatchObject({ deleted: true });
    expect(await db().get('clients', bob.id)).not.toHaveProperty('deleted');
  });

  test('an edit made between plan and confirm still wins over the file', async () => {
    const { ann } = await seedEverything(db());
    await updateClient(db(), ann.id, { phone: '555-0111' }, T0 + 9 * DAY_MS);
    const newer = JSON.stringify(await exportBackup(db(), T0 + 10 * DAY_MS));
    await db().put('clients', ann);
    const plan = await planImport(db(), await openText(newer));
    await updateClient(db(), ann.id, { phone: '555-0222' }, T0 + 11 * DAY_MS);
    await updateClient(db(), ann.id, { phone: '555-0333' }, T0 + 12 * DAY_MS);
    await applyImport(db(), plan, IMPORTED_AT);
    expect((await getClient(db(), ann.id))!.phone).toBe('555-0333');
  });

  test("a client's last contact follows contacts that arrive by import", async () => {
    const { ann } = await seedEverything(db());
    await logContact(db(), { clientId: ann.id, at: T0 + 8 * DAY_MS, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, T0 + 8 * DAY_MS);
    const later = JSON.stringify(await exportBackup(db(), T0 + 9 * DAY_MS));
    const rolledBack = (await getClient(db(), ann.id))!;
    await db().put('clients', { ...rolledBack, lastSuccessAt: T0 + DAY_MS });
    const contacts = await db().getAll('contacts');
    await db().delete('contacts', contacts.find((c) => !('deleted' in c) && c.at === T0 + 8 * DAY_MS)!.id);
    await applyImport(db(), await planImport(db(), await openText(later)), IMPORTED_AT);
    expect((await getClient(db(), ann.id))!.lastSuccessAt).toBe(T0 + 8 * DAY_MS);
  });
});
