import { useState } from 'preact/hooks';
import type { MergePlan, PlanStore } from '../../domain/backup/merge';
import { say, type BackupModel } from './backup-model';
import type { Translate } from '../../ui/translate';
import { STORE_LABEL_KEYS } from './store-labels';

/** Choose a file → (passphrase) → see what it will do → confirm. Nothing is written before confirm. */
export function BackupImport({ model, t }: { model: BackupModel; t: Translate }) {
  const phase = model.phase.value;
  const error = model.error.value;
  return (
    <div class="backup-import">
      <h3>{t('importTitle')}</h3>
      <label>
        {t('importChoose')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-backup"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void model.chooseFile(file);
          }}
        />
      </label>
      <p class="notice error" role="alert" data-testid="import-error" hidden={!error}>
        {error ? say(t, error) : ''}
      </p>
      {phase.kind === 'passphrase' && <Unlock model={model} t={t} />}
      {phase.kind === 'checking' && <Progress label={t('importChecking')} value={phase.progress} />}
      {phase.kind === 'applying' && <Progress label={t('importApplying')} />}
      {phase.kind === 'ready' && (
        <div data-testid="import-plan">
          <p>{t('importPlanIntro')}</p>
          <PlanTable plan={phase.plan} t={t} />
          {phase.plan.proposedMerges.length > 0 && (
            <p class="hint" data-testid="import-proposed-merges">
              {t('importProposedMerges', String(phase.plan.proposedMerges.length))}
            </p>
          )}
          <button type="button" data-testid="import-confirm" onClick={() => void model.confirm()}>
            {t('importConfirm')}
          </button>{' '}
          <button type="button" class="secondary" data-testid="import-cancel" onClick={() => model.cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {phase.kind === 'done' && (
        <p role="status" data-testid="import-done">
          {t('importDone')}
        </p>
      )}
    </div>
  );
}

function Unlock({ model, t }: { model: BackupModel; t: Translate }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      class="backup-row"
      onSubmit={(event) => {
        event.preventDefault();
        void model.unlock(passphrase);
      }}
    >
      <label>
        {t('importPassphrase')}
        <input type="password" autocomplete="current-password" data-testid="import-passphrase" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="import-unlock">
        {t('importUnlock')}
      </button>
    </form>
  );
}

/** Indeterminate while writing: one transaction has no partial progress to show. */
function Progress({ label, value }: { label: string; value?: number }) {
  return (
    <label class="backup-progress">
      {label}
      <progress data-testid="import-progress" max={1} value={value} />
    </label>
  );
}

function PlanTable({ plan, t }: { plan: MergePlan; t: Translate }) {
  const stores = (Object.keys(STORE_LABEL_KEYS) as PlanStore[]).filter((store) => {
    const c = plan.counts[store];
    return c.new + c.updated + c.unchanged + c.deleted > 0;
  });
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('importStore')}</th>
          <th scope="col">{t('importNew')}</th>
          <th scope="col">{t('importUpdated')}</th>
          <th scope="col">{t('importUnchanged')}</th>
          <th scope="col">{t('importDeleted')}</th>
        </tr>
      </thead>
      <tbody>
        {stores.map((store) => {
          const c = plan.counts[store];
          return (
            <tr key={store} data-store={store} data-testid="import-plan-row">
              <th scope="row">{t(STORE_LABEL_KEYS[store])}</th>
              <td data-count="new">{c.new}</td>
              <td data-count="updated">{c.updated}</td>
              <td data-count="unchanged">{c.unchanged}</td>
              <td data-count="deleted">{c.deleted}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
