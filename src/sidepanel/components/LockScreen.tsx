import { useEffect, useRef, useState } from 'preact/hooks';
import type { LockModel } from '../models/lock';
import type { DraftsModel } from '../models/drafts';

/**
 * All a locked panel shows: no client, no caseload, nothing read from the database. Half-typed
 * forms are said to be kept (without saying whose they are), so nobody thinks the work was lost.
 */
export function LockScreen({ lock, drafts, t }: { lock: LockModel; drafts: DraftsModel; t: (key: string) => string }) {
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const error = lock.error.value;
  const keptDrafts = drafts.contact.value !== null || drafts.callback.value !== null || drafts.forms.value.size > 0;
  useEffect(() => field.current?.focus(), []);
  return (
    <div class="panel lock-screen" data-testid="lock-screen">
      <h1>{t('panelTitle')}</h1>
      <h2 id="lock-title">{t('lockTitle')}</h2>
      <p class="hint">{t('lockHint')}</p>
      <form
        aria-labelledby="lock-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void lock.unlock(passphrase).then((ok) => {
            if (ok) setPassphrase('');
            else field.current?.select();
          });
        }}
      >
        <label>
          {t('lockPassphrase')}
          <input
            ref={field}
            type="password"
            autocomplete="current-password"
            spellcheck={false}
            data-testid="unlock-passphrase"
            value={passphrase}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'unlock-error' : undefined}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="unlock-submit" disabled={lock.busy.value}>
          {t('unlockButton')}
        </button>
      </form>
      <p role="alert" id="unlock-error" class="field-error" data-testid="unlock-error">
        {error ? t(error) : ''}
      </p>
      {keptDrafts && (
        <p class="hint" data-testid="lock-drafts-kept">
          {t('lockDraftsKept')}
        </p>
      )}
    </div>
  );
}
