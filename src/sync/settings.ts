import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import { checkFhirBase } from './transport';
import { SyncError } from './errors';
import { parseSyncSettings, SyncSettingsSchema, SYNC_SETTINGS_KEY, type SyncSettings } from '../model/sync-settings';

export { parseSyncSettings, SyncSettingsSchema, SYNC_OFF, SYNC_SETTINGS_KEY, syncIsOn, type SyncSettings } from '../model/sync-settings';

/** What the user typed, checked; the SyncError says what to fix. */
export function checkConnectionInput(fhirBase: string, clientId: string, allowLoopbackHttp: boolean): { fhirBase: string; clientId: string } {
  const base = checkFhirBase(fhirBase, allowLoopbackHttp).toString();
  const id = clientId.trim();
  if (!/^[\x21-\x7e]{1,256}$/.test(id)) {
    throw new SyncError('refused-url', 'Enter the client id your administrator registered for Rapport (letters, digits and punctuation, no spaces).');
  }
  return { fhirBase: base, clientId: id };
}

/** The origin permission pattern for a FHIR base, as `permissions.request` wants it. */
export function originPattern(fhirBase: string): string {
  return `${new URL(fhirBase).origin}/*`;
}

export async function loadSyncSettings(db: RapportDb): Promise<SyncSettings> {
  return parseSyncSettings((await db.get('meta', SYNC_SETTINGS_KEY))?.value);
}

export async function saveSyncSettings(db: RapportDb, settings: SyncSettings): Promise<SyncSettings> {
  const clean = v.parse(SyncSettingsSchema, settings);
  await db.put('meta', { key: SYNC_SETTINGS_KEY, value: clean });
  notifyChanged({ store: 'meta', ids: [SYNC_SETTINGS_KEY] });
  return clean;
}
