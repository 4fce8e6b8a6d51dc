import { describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { seedEverything, T0 } from '../backup/seed';
import { openText } from '../backup/fixtures';
import { applyImport, exportBackup, planImport } from '../../../src/store/backup';
import { eraseAll } from '../../../src/store/erase';
import { isDeviceMetaKey } from '../../../src/model/meta';
import { saveSyncSettings, SYNC_SETTINGS_KEY } from '../../../src/sync/settings';
import { saveTokens, SYNC_TOKENS_KEY } from '../../../src/sync/token-store';
import { enqueueChange, loadServerIds, serverIdEntry } from '../../../src/sync/outbox';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

describe('a backup and team sync', () => {
  const db = useFreshDb();

  test('the connection, the sign-in and the outbox stay on this device: the file has none and restores', async () => {
    const { ann } = await seedEverything(db());
    await saveSyncSettings(db(), { enabled: true, fhirBase: 'https://fhir.example.org/R4/', clientId: 'rapport' });
    await saveTokens(db(), { accessToken: 'access-SECRET', refreshToken: 'refresh-SECRET', expiresAt: T0, scope: 'openid' }, { status: () => 'off', keys: async () => undefined });
    await enqueueChange(db(), 'clients', ann.id, ['phone'], T0);
    await db().put('serverIds', serverIdEntry('clients', ann.id, 'patient-SERVER-ID'));

    const text = JSON.stringify(await exportBackup(db(), T0));
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('sync');
    expect(text).not.toContain('SERVER-ID');
    await eraseAll(db());
    expect(await loadServerIds(db(), 'clients')).toEqual(new Map());
    await applyImport(db(), await planImport(db(), await openText(text)), IMPORTED_AT);
    expect((await db().getAll('clients')).length).toBeGreaterThan(0);
  });

  test('sync keys are device keys; a setting with a similar name is not', () => {
    for (const key of [SYNC_SETTINGS_KEY, SYNC_TOKENS_KEY, 'sync:outbox:clients/1', 'sync:server:clients/1']) expect(isDeviceMetaKey(key)).toBe(true);
    expect(isDeviceMetaKey('settings')).toBe(false);
    expect(isDeviceMetaKey('synced')).toBe(false);
  });
});
