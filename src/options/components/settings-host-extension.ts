import browser from 'webextension-polyfill';
import { sendFromPage } from '../../messaging/page-transport';
import type { SettingsHost } from './settings-model';

const NOTIFICATIONS = { permissions: ['notifications'] as browser.Manifest.OptionalPermission[] };

export function extensionSettingsHost(): SettingsHost {
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    notificationsGranted: () => browser.permissions.contains(NOTIFICATIONS),
    requestNotifications: () => browser.permissions.request(NOTIFICATIONS),
    settingsSaved: async () => {
      await sendFromPage({ type: 'badge/refresh' });
    },
  };
}
