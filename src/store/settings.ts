import { normaliseSettings, type Settings } from '../domain/settings';
import type { RapportDb } from './db';
import { notifyChanged } from './changes';

const SETTINGS_KEY = 'settings';

export async function loadSettings(db: RapportDb, timeZone: string): Promise<Settings> {
  const entry = await db.get('meta', SETTINGS_KEY);
  return normaliseSettings(entry?.value, timeZone);
}

export async function saveSettings(db: RapportDb, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings, settings.schedule.timeZone);
  await db.put('meta', { key: SETTINGS_KEY, value: clean });
  notifyChanged({ store: 'meta', ids: [SETTINGS_KEY] });
  return clean;
}
