import { describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { SEALED } from '../store/sealed-mode';
import { VAULT_META_KEY } from '../../../src/store/vault/vault';
import { dump, seedEverything, T0 } from './seed';
import { deleteClientCompletely, eraseAll } from '../../../src/store/erase';
import { getClient } from '../../../src/store/clients';
import { recordBackup } from '../../../src/store/backup-meta';
import { DB_VERSION } from '../../../src/store/db';
import { DAY_MS } from '../../../src/domain/time/dates';

describe('deleting', () => {
  const db = useFreshDb();

  test('one client with everything about them leaves no live record of that client', async () => {
    const { ann, bob } = await seedEverything(db());
    const counts = await deleteClientCompletely(db(), ann.id, T0 + 9 * DAY_MS);
    expect(counts).toEqual({ clients: 1, contacts: 2, callbacks: 1, checklists: 1, painPoints: 1, dispositions: 1 });
    const all = await dump(db());
    const text = JSON.stringify(all);
    for (const store of ['contacts', 'callbacks', 'checklists', 'painPoints', 'dispositions'] as const) {
      expect(all[store].filter((r) => !('deleted' in r) && (r as unknown as { clientId: string }).clientId === ann.id)).toEqual([]);
    }
    expect(await db().get('clients', ann.id)).toEqual({ id: ann.id, createdAt: ann.createdAt, updatedAt: T0 + 9 * DAY_MS, rev: ann.rev + 1, deleted: true });
    expect(text).not.toContain('Ann Marie');
    expect(text).not.toContain('Cannot afford inhaler');
    // The other client is untouched.
    expect(await getClient(db(), bob.id)).toEqual(bob);
  });

  test('erase all empties every store and leaves only the schema version (and the passphrase envelope, if set)', async () => {
    await seedEverything(db());
    await recordBackup(db(), T0);
    await eraseAll(db());
    const all = await dump(db());
    for (const [store, records] of Object.entries(all)) {
      if (store !== 'meta') expect(records, store).toEqual([]);
    }
    expect(all.meta.map((entry) => entry.key).sort()).toEqual(SEALED ? ['schemaVersion', VAULT_META_KEY] : ['schemaVersion']);
    expect(all.meta.find((entry) => entry.key === 'schemaVersion')?.value).toBe(DB_VERSION);
  });
});
