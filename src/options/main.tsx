import { render } from 'preact';
import { openDatabase } from '../platform/database';
import { onChanged } from '../store/changes';
import { extensionOptionsHost } from './host-extension';
import { createOptionsModel } from './model';
import { OptionsApp } from './components/OptionsApp';
import { createSettingsFormModel } from './components/settings-model';
import { extensionSettingsHost } from './components/settings-host-extension';
import { createBackupModel } from './components/backup-model';
import { createDangerModel } from './components/danger-model';
import { extensionBackupHost } from './components/backup-host-extension';
import { createEncryptionModel } from './components/encryption-model';
import { createSyncModel } from './components/sync-model';
import { extensionSyncHost } from './components/sync-host-extension';
import { vaultTokenSealer } from '../sync/token-store';
import { sessionKeyRing } from '../platform/session-keyring';

async function main() {
  const host = extensionOptionsHost();
  document.title = host.t('optionsTitle');
  const { db, vault } = await openDatabase();
  const model = createOptionsModel(host, db);
  const settings = createSettingsFormModel(extensionSettingsHost(), db);
  const backupHost = extensionBackupHost();
  const backup = { model: createBackupModel(backupHost, db), danger: createDangerModel(backupHost, db) };
  const encryption = createEncryptionModel(vault);
  const sync = createSyncModel(extensionSyncHost(), db, vault, vaultTokenSealer(vault, sessionKeyRing()));
  render(
    <OptionsApp model={model} settings={settings} backup={backup} db={db} encryption={encryption} sync={sync} t={host.t} />,
    document.getElementById('root') as HTMLElement,
  );
  // A panel teaching a site while this page is open: show the new profile without a reload.
  onChanged((change) => {
    if (change.store === 'sites') void model.loadProfiles();
  });
  await Promise.all([model.load(), settings.load(), sync.load()]);
}

void main();
