import { signal } from '@preact/signals';
import { defaultSettings } from '../../domain/settings/defaults';
import { onReopened, type RapportDb } from '../../store/db';
import { loadStoredSettings } from '../../store/settings-read';
import { onChanged } from '../../store/changes';
import type { Settings } from '../../model/settings';

/** The user's settings, kept current when the options page or another panel changes them. */
export function createSettingsModel(db: RapportDb, timeZone: string) {
  const settings = signal<Settings>(defaultSettings(timeZone));
  const reload = async () => {
    settings.value = await loadStoredSettings(db, timeZone);
  };
  const offChanged = onChanged((change) => {
    if (change.store === 'meta') void reload();
  });
  // A read begun while another context replaced the database failed.
  const offReopened = onReopened(reload);
  return {
    settings,
    reload,
    dispose: () => {
      offChanged();
      offReopened();
    },
  };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
