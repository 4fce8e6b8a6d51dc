import type { OptionsModel } from '../model';
import { SitesSection } from './SitesSection';
import { TaughtSection } from './TaughtSection';
import type { Translate } from './translate';
import { SettingsSection } from './SettingsSection';
import type { SettingsFormModel } from './settings-model';
import { BackupSection } from './BackupSection';
import type { BackupModel } from './backup-model';
import { DangerZone } from './DangerZone';
import type { DangerModel } from './danger-model';

export function OptionsApp({ model, t, settings, backup }: { model: OptionsModel; t: Translate; settings?: SettingsFormModel; backup?: { model: BackupModel; danger: DangerModel } }) {
  const notice = model.notice.value;
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="options-notice">
        {notice?.text ?? ''}
      </div>
      <main aria-busy={!model.loaded.value}>
        {settings && <SettingsSection model={settings} t={t} />}
        <SitesSection model={model} t={t} />
        <TaughtSection model={model} t={t} />
        {backup && <BackupSection model={backup.model} t={t} />}
        {backup && <DangerZone model={backup.danger} t={t} />}
      </main>
    </div>
  );
}
