import { describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, seedEverything, T0 } from './seed';
import { openText } from './fixtures';
import { applyImport, exportBackup, planImport } from '../../../src/store/backup';
import { lastBackupAt, recordBackup } from '../../../src/store/backup-meta';
import { eraseAll } from '../../../src/store/erase';
import { BACKUP_FORMAT, sha256Hex } from '../../../src/domain/backup/format';
import { canonicalJson } from '../../../src/domain/canonical-json';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

describe('backup export → import', () => {
  const db = useFreshDb();

  test('after erase-all, importing the export restores every store exactly, tombstones included', async () => {
    await seedEverything(db());
    const before = await dump(db());
    const file = await exportBackup(db(), T0);
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.stores.contacts.some((c) => 'deleted' in c)).toBe(true);
    const text = JSON.stringify(file);

    await eraseAll(db());
    expect((await dump(db())).clients).toEqual([]);

    const plan = await planImport(db(), await openText(text));
    expect(plan.counts.clients).toEqual({ new: 2, updated: 0, unchanged: 0, deleted: 0 });
    // The deleted contact comes back as a tombstone, which the user does not see as "new".
    expect(plan.counts.contacts).toEqual({ new: 2, updated: 0, unchanged: 1, deleted: 0 });
    await applyImport(db(), plan, IMPORTED_AT);
    expect(await dump(db())).toEqual(before);
  });

  test('the checksum covers the canonical payload', async () => {
    await seedEverything(db());
    const { checksum, ...payload } = await exportBackup(db(), T0);
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex(canonicalJson(payload))).toBe(checksum);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  test('importing the same file twice changes nothing the second time', async () => {
    await seedEverything(db());
    const text = JSON.stringify(await exportBackup(db(), T0));
    const plan = await planImport(db(), await openText(text));
    for (const counts of Object.values(plan.counts)) expect(counts.new + counts.updated + counts.deleted).toBe(0);
  });

  test('the last backup time is kept on this device only, and not carried in the file', async () => {
    expect(await lastBackupAt(db())).toBeUndefined();
    await recordBackup(db(), T0);
    expect(await lastBackupAt(db())).toBe(T0);
    const file = await exportBackup(db(), T0);
    expect(file.stores.meta.map((entry) => entry.key)).not.toContain('lastBackupAt');
    expect(file.stores.meta.map((entry) => entry.key)).not.toContain('schemaVersion');
  });
});
