import { META_KEYS } from '../model/meta';
import { mergeSettingEdits, normaliseSettings } from '../domain/settings/settings';
import type { RapportDb } from './db';
import { notifyChanged } from './changes';
import type { Settings } from '../model/settings';

const SETTINGS_KEY = META_KEYS.settings;

export async function loadSettings(db: RapportDb, timeZone: string): Promise<Settings> {
  const entry = await db.get('meta', SETTINGS_KEY);
  return normaliseSettings(entry?.value, timeZone);
}

/**
 * Saves `settings`. With `base` (the settings the form was filled from) only what the user changed
 * is written over what is stored now, read in the same transaction: a change saved meanwhile from
 * another window to another setting is kept.
 */
export async function saveSettings(db: RapportDb, settings: Settings, base?: Settings): Promise<Settings> {
  const tx = db.transaction('meta', 'readwrite');
  const stored = normaliseSettings((await tx.store.get(SETTINGS_KEY))?.value, settings.schedule.timeZone);
  const merged = base ? mergeSettingEdits(stored, base, settings) : settings;
  const clean = normaliseSettings(merged, merged.schedule.timeZone);
  await tx.store.put({ key: SETTINGS_KEY, value: clean });
  await tx.done;
  notifyChanged({ store: 'meta', ids: [SETTINGS_KEY] });
  return clean;
}
