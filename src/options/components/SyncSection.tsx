import { useState } from 'preact/hooks';
import type { SyncModel } from './sync-model';
import { browserWords, type Translate } from '../../ui/translate';
import { syncStatusMessages } from '../../sync/status-words';

/**
 * Team sync: off by default. Connecting asks the browser for the server's origin (and the sign-in
 * window permission), signs in with SMART, and from then on Rapport talks to that origin alone.
 */
export function SyncSection({ model, t }: { model: SyncModel; t: Translate }) {
  const settings = model.settings.value;
  const connected = Boolean(settings?.enabled);
  return (
    <section aria-labelledby="sync-title" data-testid="sync-section" data-connected={String(connected)}>
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <p data-testid="sync-status">
        {connected && settings
          ? t('syncConnectedAs', [settings.fhirUser ?? t('syncUnknownUser'), new URL(settings.fhirBase).host])
          : t('syncOff')}
      </p>
      {connected && <SyncProgress model={model} t={t} />}
      {connected ? <Connected model={model} t={t} /> : <ConnectForm model={model} t={t} />}
      {connected && model.tokensClear.value && (
        <p class="warning" role="note" data-testid="sync-tokens-clear">
          {t('syncTokensInClear')}
        </p>
      )}
      <p class="error" role="alert" data-testid="sync-error">
        {model.error.value ?? ''}
      </p>
    </section>
  );
}

function ConnectForm({ model, t }: { model: SyncModel; t: Translate }) {
  const previous = model.settings.value;
  const [fhirBase, setFhirBase] = useState(previous?.fhirBase ?? '');
  const [clientId, setClientId] = useState(previous?.clientId ?? '');
  return (
    <form
      class="sync-form"
      noValidate
      data-testid="sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        // Straight into the model: the permission prompt must be the first thing this click does.
        void model.connect(fhirBase, clientId);
      }}
    >
      <p>{t('syncOffHint')}</p>
      <label>
        {t('syncServerLabel')}
        <input type="url" inputMode="url" autocomplete="url" spellcheck={false} placeholder="https://fhir.example.org/fhir/R4" data-testid="sync-fhir-base" value={fhirBase} onInput={(event) => setFhirBase(event.currentTarget.value)} />
      </label>
      <label>
        {t('syncClientIdLabel')}
        <input type="text" autocomplete="off" spellcheck={false} data-testid="sync-client-id" value={clientId} onInput={(event) => setClientId(event.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="sync-connect" disabled={model.busy.value}>
        {model.busy.value ? t('syncConnecting') : t('syncConnect')}
      </button>
    </form>
  );
}

/** "Synced 3 minutes ago · 2 changes waiting · Last problem: …", and Sync now. */
function SyncProgress({ model, t }: { model: SyncModel; t: Translate }) {
  const view = model.status.value;
  const { say } = browserWords(t);
  const words = view ? syncStatusMessages(view, model.now.value).map(say) : [];
  return (
    <div class="backup-row">
      <p data-testid="sync-progress" role="status" aria-label={t('syncStatusLabel')} data-waiting={view ? String(view.waiting) : ''}>
        {words.join(' · ')}
      </p>
      <button type="button" data-testid="sync-now" disabled={model.busy.value} onClick={() => void model.syncNow()}>
        {t('syncNow')}
      </button>
    </div>
  );
}

function Connected({ model, t }: { model: SyncModel; t: Translate }) {
  const needsSignIn = Boolean(model.status.value?.needsSignIn);
  return (
    <>
      <div class="backup-row" data-testid="sync-sign-in-again-row" data-needs-sign-in={String(needsSignIn)}>
        <button type="button" data-testid="sync-sign-in-again" disabled={model.busy.value} onClick={() => void model.signInAgain()}>
          {t('syncSignInAgain')}
        </button>
        <span>{t('syncSignInAgainHint')}</span>
      </div>
      <div class="backup-row">
        <button type="button" data-testid="sync-disconnect" disabled={model.busy.value} onClick={() => void model.disconnect()}>
          {t('syncDisconnect')}
        </button>
        <span>{t('syncDisconnectHint')}</span>
      </div>
    </>
  );
}
