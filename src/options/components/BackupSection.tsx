import { useRef, useState } from 'preact/hooks';
import { say, type BackupModel } from './backup-model';
import { BackupImport } from './BackupImport';
import { STORE_LABEL_KEYS } from './store-labels';
import type { Translate } from '../../ui/translate';
import './backup.css';

/** Backup export (plain or passphrase-encrypted), FHIR export, and import. */
export function BackupSection({ model, t }: { model: BackupModel; t: Translate }) {
  const [passphrase, setPassphrase] = useState('');
  const status = model.exportStatus.value;
  const passphraseMissing = status?.key === 'backupPassphraseMissing';
  const passphraseInput = useRef<HTMLInputElement>(null);
  const exportBackup = async () => {
    await model.exportBackup(passphrase);
    // Nothing was exported: the reason is announced, and the field it asks for gets focus.
    if (model.exportStatus.value?.key === 'backupPassphraseMissing') passphraseInput.current?.focus();
  };
  return (
    <section aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <div class="backup-row">
        <label>
          {t('backupPassphrase')}
          <input
            ref={passphraseInput}
            type="password"
            autocomplete="new-password"
            data-testid="backup-passphrase"
            aria-invalid={passphraseMissing && passphrase === ''}
            aria-describedby="backup-passphrase-hint export-status"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </label>
        <button type="button" data-testid="export-backup" disabled={model.exporting.value} onClick={() => void exportBackup()}>
          {passphrase ? t('backupExportEncrypted') : t('backupExport')}
        </button>
      </div>
      <p class="hint" id="backup-passphrase-hint" data-testid="backup-passphrase-hint">
        {passphrase ? t('backupPassphraseHint') : model.passphraseRequired() ? t('backupPassphraseRequired') : t('backupPlainWarning')}
      </p>
      <div class="backup-row">
        <button type="button" class="secondary" data-testid="export-fhir" onClick={() => void model.exportFhir()}>
          {t('fhirExport')}
        </button>
        <span class="hint">{t('fhirExportHint')}</span>
      </div>
      <p
        id="export-status"
        role={status?.tone === 'error' ? 'alert' : 'status'}
        class={status?.tone === 'error' ? 'field-error' : undefined}
        data-testid="export-status"
        data-tone={status?.tone ?? 'info'}
      >
        {status ? say(t, status) : ''}
      </p>
      <ExportProblems model={model} t={t} passphrase={passphrase} />
      <BackupImport model={model} t={t} />
    </section>
  );
}

/** Records an export refused: each can be repaired (what does not fit is dropped) or all left out. */
function ExportProblems({ model, t, passphrase }: { model: BackupModel; t: Translate; passphrase: string }) {
  const [unrepairable, setUnrepairable] = useState<string[]>([]);
  const problems = model.exportProblems.value;
  if (problems.length === 0) return null;
  return (
    <div data-testid="export-problems">
      <ul>
        {problems.map((problem) => {
          const place = `${problem.store}/${problem.id}`;
          return (
            <li key={place} data-testid="export-problem">
              {problem.client
                ? t('backupProblemOf', [t(STORE_LABEL_KEYS[problem.store]), problem.client, problem.id, problem.problem])
                : t('backupProblem', [t(STORE_LABEL_KEYS[problem.store]), problem.id, problem.problem])}{' '}
              {unrepairable.includes(place) ? (
                <span class="hint">{t('backupRepairImpossible')}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  data-testid="export-repair"
                  onClick={() => void model.repair(problem).then((ok) => ok || setUnrepairable((list) => [...list, place]))}
                >
                  {t('backupRepair')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" data-testid="export-leave-out" disabled={model.exporting.value} onClick={() => void model.exportLeavingOut(passphrase)}>
        {t('backupLeaveOut')}
      </button>
    </div>
  );
}
