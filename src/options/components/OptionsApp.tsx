import type { OptionsModel } from '../model';
import { SitesSection } from './SitesSection';
import { TaughtSection } from './TaughtSection';
import type { Translate } from '../../ui/translate';
import { SettingsSection } from './SettingsSection';
import type { SettingsFormModel } from './settings-model';
import { BackupSection } from './BackupSection';
import type { BackupModel } from './backup-model';
import { DangerZone } from './DangerZone';
import type { DangerModel } from './danger-model';
import { AuditView } from './AuditView';
import { EncryptionSection, NeedsUnlock } from './EncryptionSection';
import type { EncryptionModel } from './encryption-model';
import type { RapportDb } from '../../store/db';
import { SyncSection } from './SyncSection';
import type { SyncModel } from './sync-model';

interface Props {
  model: OptionsModel;
  t: Translate;
  settings?: SettingsFormModel;
  backup?: { model: BackupModel; danger: DangerModel };
  /** The page's database: the audit view reads through its vault. */
  db?: RapportDb;
  encryption?: EncryptionModel;
  sync?: SyncModel;
}

export function OptionsApp({ model, t, settings, backup, db, encryption, sync }: Props) {
  const notice = model.notice.value;
  // Sections that read client data would only fail with the key away: they wait for the unlock,
  // which is then the first thing on the page.
  const locked = encryption?.status.value === 'locked';
  const encryptionSection = encryption && <EncryptionSection model={encryption} t={t} />;
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="options-notice">
        {notice?.text ?? ''}
      </div>
      <main aria-busy={!model.loaded.value}>
        {locked && encryptionSection}
        {/* The data first (keep it safe, protect it), then how Rapport works, then the record of it. */}
        {backup && (locked ? <NeedsUnlock title={t('backupTitle')} testId="backup-locked" t={t} /> : <BackupSection model={backup.model} t={t} />)}
        {!locked && encryptionSection}
        {settings && <SettingsSection model={settings} t={t} />}
        {sync && <SyncSection model={sync} t={t} />}
        <SitesSection model={model} t={t} />
        <TaughtSection model={model} t={t} />
        {db && (locked ? <NeedsUnlock title={t('auditTitle')} testId="audit-locked" t={t} /> : <AuditView t={t} db={db} />)}
        {backup && (locked ? <NeedsUnlock title={t('dangerTitle')} testId="danger-locked" t={t} /> : <DangerZone model={backup.danger} t={t} />)}
      </main>
    </div>
  );
}
