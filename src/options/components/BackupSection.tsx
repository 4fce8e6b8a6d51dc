import { useState } from 'preact/hooks';
import { say, type BackupModel } from './backup-model';
import { BackupImport } from './BackupImport';
import type { Translate } from './translate';
import './backup.css';

/** Backup export (plain or passphrase-encrypted), FHIR export, and import. */
export function BackupSection({ model, t }: { model: BackupModel; t: Translate }) {
  const [passphrase, setPassphrase] = useState('');
  const status = model.exportStatus.value;
  return (
    <section aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <div class="backup-row">
        <label>
          {t('backupPassphrase')}
          <input
            type="password"
            autocomplete="new-password"
            data-testid="backup-passphrase"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </label>
        <button type="button" data-testid="export-backup" disabled={model.exporting.value} onClick={() => void model.exportBackup(passphrase)}>
          {passphrase ? t('backupExportEncrypted') : t('backupExport')}
        </button>
      </div>
      <p class="hint" data-testid="backup-passphrase-hint">
        {passphrase ? t('backupPassphraseHint') : model.passphraseRequired() ? t('backupPassphraseRequired') : t('backupPlainWarning')}
      </p>
      <div class="backup-row">
        <button type="button" class="secondary" data-testid="export-fhir" onClick={() => void model.exportFhir()}>
          {t('fhirExport')}
        </button>
        <span class="hint">{t('fhirExportHint')}</span>
      </div>
      <p role="status" data-testid="export-status">
        {status ? say(t, status) : ''}
      </p>
      <BackupImport model={model} t={t} />
    </section>
  );
}
