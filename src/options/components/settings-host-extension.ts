import browser from 'webextension-polyfill';
import { sendFromPage } from '../../messaging/page-transport';
import type { SettingsHost } from './settings-model';
import { localTimeZone } from '../../ui/format';

const NOTIFICATIONS = { permissions: ['notifications'] as browser.Manifest.OptionalPermission[] };

export function extensionSettingsHost(): SettingsHost {
  return {
    timeZone: localTimeZone(),
    notificationsGranted: () => browser.permissions.contains(NOTIFICATIONS),
    requestNotifications: () => browser.permissions.request(NOTIFICATIONS),
    settingsSaved: async () => {
      await sendFromPage({ type: 'badge/refresh' });
    },
  };
}
