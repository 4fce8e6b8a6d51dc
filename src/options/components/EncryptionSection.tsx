import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { EncryptionMessage, EncryptionModel } from './encryption-model';
import type { Translate } from '../../ui/translate';
import { browserWords } from '../../ui/translate';

const STATUS_KEYS = { off: 'encryptionStatusOff', locked: 'encryptionStatusLocked', unlocked: 'encryptionStatusUnlocked' } as const;

const say = (t: Translate, message: EncryptionMessage) => t(message.key, message.substitutions);

/** A passphrase box: never autofilled from another site's password, never spell-checked. */
function Secret({ label, testId, value, onInput, autocomplete = 'current-password', describedBy }: {
  label: string;
  testId: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete?: 'current-password' | 'new-password';
  /** The note this field's consequences are written in, read out with the field. */
  describedBy?: string;
}) {
  return (
    <label>
      {label}
      <input
        type="password"
        autocomplete={autocomplete}
        spellcheck={false}
        data-testid={testId}
        aria-describedby={describedBy}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </label>
  );
}

/** A form whose fields are emptied once the action succeeded, and kept for a retry when it failed. */
function ActionForm({ testId, onSubmit, children }: { testId: string; onSubmit: () => Promise<boolean>; children: ComponentChildren }) {
  return (
    <form
      class="backup-row"
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** Encryption at rest: set, change or remove the passphrase; lock and unlock. */
export function EncryptionSection({ model, t }: { model: EncryptionModel; t: Translate }) {
  const status = model.status.value;
  const work = model.work.value;
  const error = model.error.value;
  const done = model.done.value;
  return (
    <section aria-labelledby="encryption-title" data-testid="encryption-section" data-status={status}>
      <h2 id="encryption-title">{t('encryptionTitle')}</h2>
      <p data-testid="encryption-status">{t(STATUS_KEYS[status])}</p>
      {status === 'off' && <EnableForm model={model} t={t} />}
      {status === 'locked' && <UnlockForm model={model} t={t} />}
      {status === 'unlocked' && <VaultOn model={model} t={t} />}
      {work && (
        <label class="progress">
          {browserWords(t).count(work.action === 'enable' ? 'encryptionSealing' : 'encryptionOpening', work.total, String(work.done))}
          <progress data-testid="encryption-progress" max={Math.max(work.total, 1)} value={work.done} />
        </label>
      )}
      <div role="alert" class="field-error" data-testid="encryption-error">
        {error ? say(t, error) : ''}
      </div>
      <p role="status" data-testid="encryption-done">
        {done ? say(t, done) : ''}
      </p>
    </section>
  );
}

function EnableForm({ model, t }: { model: EncryptionModel; t: Translate }) {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  return (
    <>
      <p class="hint">{t('encryptionOffHint')}</p>
      <p class="hint" id="encryption-no-recovery" data-testid="encryption-warning">
        {t('encryptionNoRecovery')}
      </p>
      <ActionForm
        testId="encryption-enable-form"
        onSubmit={async () => {
          const ok = await model.enable(first, again);
          if (ok) [setFirst, setAgain].forEach((clear) => clear(''));
          return ok;
        }}
      >
        <Secret label={t('encryptionNewPassphrase')} testId="encryption-new" value={first} onInput={setFirst} autocomplete="new-password" describedBy="encryption-no-recovery" />
        <Secret label={t('encryptionRepeatPassphrase')} testId="encryption-repeat" value={again} onInput={setAgain} autocomplete="new-password" describedBy="encryption-no-recovery" />
        <button type="submit" data-testid="encryption-enable" disabled={model.busy.value}>
          {t('encryptionEnable')}
        </button>
      </ActionForm>
    </>
  );
}

function UnlockForm({ model, t }: { model: EncryptionModel; t: Translate }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <>
      <p class="hint">{t('encryptionLockedHint')}</p>
      <ActionForm
        testId="options-unlock-form"
        onSubmit={async () => {
          const ok = await model.unlock(passphrase);
          if (ok) setPassphrase('');
          return ok;
        }}
      >
        <Secret label={t('encryptionPassphrase')} testId="options-unlock-passphrase" value={passphrase} onInput={setPassphrase} />
        <button type="submit" data-testid="options-unlock-submit" disabled={model.busy.value}>
          {t('unlockButton')}
        </button>
      </ActionForm>
    </>
  );
}

function VaultOn({ model, t }: { model: EncryptionModel; t: Translate }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [removeWith, setRemoveWith] = useState('');
  const [typed, setTyped] = useState('');
  const word = t('encryptionRemoveWord');
  const busy = model.busy.value;
  return (
    <>
      <p class="hint">{t('encryptionOnHint')}</p>
      <button type="button" class="secondary" data-testid="encryption-lock" disabled={busy} onClick={() => void model.lock()}>
        {t('lockNow')}
      </button>
      <h3>{t('encryptionChangeTitle')}</h3>
      <ActionForm
        testId="encryption-change-form"
        onSubmit={async () => {
          const ok = await model.changePassphrase(current, next, again);
          if (ok) [setCurrent, setNext, setAgain].forEach((clear) => clear(''));
          return ok;
        }}
      >
        <Secret label={t('encryptionCurrentPassphrase')} testId="encryption-current" value={current} onInput={setCurrent} />
        <Secret label={t('encryptionNewPassphrase')} testId="encryption-change-new" value={next} onInput={setNext} autocomplete="new-password" />
        <Secret label={t('encryptionRepeatPassphrase')} testId="encryption-change-repeat" value={again} onInput={setAgain} autocomplete="new-password" />
        <button type="submit" data-testid="encryption-change" disabled={busy}>
          {t('encryptionChange')}
        </button>
      </ActionForm>
      <h3>{t('encryptionRemoveTitle')}</h3>
      <p class="hint" id="encryption-remove-hint">{t('encryptionRemoveHint')}</p>
      <ActionForm
        testId="encryption-disable-form"
        onSubmit={async () => {
          const ok = await model.disable(removeWith, typed, word);
          if (ok) [setRemoveWith, setTyped].forEach((clear) => clear(''));
          return ok;
        }}
      >
        <Secret
          label={t('encryptionCurrentPassphrase')}
          testId="encryption-disable-passphrase"
          value={removeWith}
          onInput={setRemoveWith}
          describedBy="encryption-remove-hint"
        />
        <label>
          {t('encryptionRemoveType', word)}
          <input type="text" autocomplete="off" data-testid="encryption-disable-confirm" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>
        <button type="submit" class="danger" data-testid="encryption-disable" disabled={busy}>
          {t('encryptionRemove')}
        </button>
      </ActionForm>
    </>
  );
}

/** In place of a section that reads client data while Rapport is locked. */
export function NeedsUnlock({ title, testId, t }: { title: string; testId: string; t: Translate }) {
  return (
    <section aria-label={title} data-testid={testId} data-locked="true">
      <h2>{title}</h2>
      <p class="hint">{t('encryptionNeedsUnlock')}</p>
    </section>
  );
}
