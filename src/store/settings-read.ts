import { storedSettings } from '../domain/settings/defaults';
import { META_KEYS } from '../model/plain';
import type { RapportDb } from './db';
import type { Settings } from '../model/settings';

/** The settings as saved, unchecked (see storedSettings): the side panel's read, before any schema loads. */
export async function loadStoredSettings(db: RapportDb, timeZone: string): Promise<Settings> {
  return storedSettings((await db.get('meta', META_KEYS.settings))?.value, timeZone);
}
