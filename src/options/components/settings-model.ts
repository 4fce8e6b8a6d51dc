import { signal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { loadSettings, saveSettings } from '../../store/settings';
import { fromForm, isKnownTimeZone, toForm, type FieldId, type FormErrors, type SettingsForm } from './settings-form';
import type { Settings } from '../../model/settings';

/** What the settings form needs from the browser; settings-host-extension.ts is the real one. */
export interface SettingsHost {
  /** The browser's own zone: the default until the user picks another. */
  timeZone: string;
  notificationsGranted(): Promise<boolean>;
  /**
   * permissions.request for `notifications`. Firefox honours it only as the first call of a user
   * action's handler: the caller must not await anything before it.
   */
  requestNotifications(): Promise<boolean>;
  /** Settings were saved: the badge tooltip must follow now (badge/refresh). */
  settingsSaved(): Promise<void>;
}

export interface SettingsStatus {
  key: string;
  substitutions?: string[];
  /** A counted message: its plural form is picked by this count (the first substitution). */
  count?: number;
  tone: 'info' | 'error';
}

export function createSettingsFormModel(host: SettingsHost, db: RapportDb) {
  const form = signal<SettingsForm | null>(null);
  const errors = signal<FormErrors>({});
  const status = signal<SettingsStatus | null>(null);
  /** Whether the browser lets Rapport notify; null until known. */
  const notificationsAllowed = signal<boolean | null>(null);
  const saving = signal(false);
  /** What the form was filled from: only what the user changed since is saved over other windows' changes. */
  let loaded: Settings | undefined;

  async function load() {
    const [settings, granted] = await Promise.all([loadSettings(db, host.timeZone), host.notificationsGranted().catch(() => false)]);
    form.value = toForm(settings);
    // Compared through the form, so a value the form only rewrites (an order, a format) is no edit.
    const shown = fromForm(form.value, isKnownTimeZone);
    loaded = shown.ok ? shown.settings : settings;
    notificationsAllowed.value = granted;
  }

  function update(patch: Partial<SettingsForm>, field?: FieldId) {
    if (!form.value) return;
    form.value = { ...form.value, ...patch };
    if (field && errors.value[field]) {
      const { [field]: _fixed, ...rest } = errors.value;
      errors.value = rest;
    }
  }

  return {
    form,
    errors,
    status,
    notificationsAllowed,
    saving,
    load,
    update,

    /** The checkbox's change handler: asks the browser first, with nothing awaited before. */
    setNotify(on: boolean): Promise<void> {
      if (!on) {
        update({ notifyWhenDue: false });
        return Promise.resolve();
      }
      const asked = host.requestNotifications();
      return asked
        .catch(() => false)
        .then((granted) => {
          notificationsAllowed.value = granted;
          update({ notifyWhenDue: granted });
          status.value = granted ? null : { key: 'settingsNotifyRefused', tone: 'error' };
        });
    },

    async save(): Promise<boolean> {
      const current = form.value;
      if (!current) return false;
      const result = fromForm(current, isKnownTimeZone);
      if (!result.ok) {
        errors.value = result.errors;
        status.value = { key: 'settingsNotSaved', count: Object.keys(result.errors).length, tone: 'error' };
        return false;
      }
      saving.value = true;
      try {
        const saved = await saveSettings(db, result.settings, loaded);
        errors.value = {};
        form.value = toForm(saved);
        const shown = fromForm(form.value, isKnownTimeZone);
        loaded = shown.ok ? shown.settings : saved;
        status.value = { key: 'settingsSaved', tone: 'info' };
        await host.settingsSaved().catch((error: unknown) => console.warn('[rapport] badge refresh', error));
        return true;
      } catch (error) {
        status.value = { key: 'saveFailed', substitutions: [String(error)], tone: 'error' };
        return false;
      } finally {
        saving.value = false;
      }
    },
  };
}

export type SettingsFormModel = ReturnType<typeof createSettingsFormModel>;
