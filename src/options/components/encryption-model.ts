import { signal } from '@preact/signals';
import { WrongPassphraseError, type VaultStatus } from '../../store/vault/codec';
import { MIN_PASSPHRASE_LENGTH, type VaultProgress } from '../../store/vault/vault';
import { confirms } from './danger-model';

/** The part of the Vault the options page drives; the real one is store/vault/vault.ts. */
export interface VaultControl {
  readonly status: VaultStatus;
  onStatus(listener: (status: VaultStatus) => void): () => void;
  enable(passphrase: string, onProgress?: (p: VaultProgress) => void): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  disable(passphrase: string, onProgress?: (p: VaultProgress) => void): Promise<void>;
}

export interface EncryptionMessage {
  key: string;
  substitutions?: string[];
}

/** Sealing or opening every record; the page shows a progress bar meanwhile. */
export interface EncryptionWork {
  action: 'enable' | 'disable';
  done: number;
  total: number;
}

/** Checked here before the vault is asked, so each mistake gets its own plain words. */
function newPassphraseProblem(next: string, again: string): EncryptionMessage | null {
  if (next.length < MIN_PASSPHRASE_LENGTH) return { key: 'encryptionErrorTooShort', substitutions: [String(MIN_PASSPHRASE_LENGTH)] };
  if (next !== again) return { key: 'encryptionErrorMismatch' };
  return null;
}

function problemOf(failure: unknown): EncryptionMessage {
  if (failure instanceof WrongPassphraseError) return { key: 'encryptionErrorWrong' };
  return { key: 'encryptionErrorUnexpected', substitutions: [String(failure)] };
}

/** Setting, changing, removing the passphrase; locking and unlocking this browser's Rapport. */
export function createEncryptionModel(vault: VaultControl) {
  const status = signal<VaultStatus>(vault.status);
  const work = signal<EncryptionWork | null>(null);
  const busy = signal(false);
  const error = signal<EncryptionMessage | null>(null);
  const done = signal<EncryptionMessage | null>(null);
  vault.onStatus((next) => {
    status.value = next;
    // Locked or unlocked from elsewhere (panel, idle): the last outcome no longer describes the page.
    done.value = null;
    error.value = null;
  });

  /** Runs one vault action: one at a time, the outcome said in `done` or `error`. */
  async function run(action: () => Promise<void>, success: EncryptionMessage): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      await action();
      done.value = success;
      return true;
    } catch (failure) {
      error.value = problemOf(failure);
      return false;
    } finally {
      busy.value = false;
      work.value = null;
      // The vault tells other contexts through storage events; this page needs no round trip.
      status.value = vault.status;
    }
  }

  /** Shown at once (counting what to do takes a moment on a large caseload), then filled in. */
  function progress(action: EncryptionWork['action']) {
    work.value = { action, done: 0, total: 0 };
    return (p: VaultProgress) => (work.value = { action, ...p });
  }

  function refuse(problem: EncryptionMessage): false {
    error.value = problem;
    done.value = null;
    return false;
  }

  return {
    status,
    work,
    busy,
    error,
    done,

    async enable(passphrase: string, again: string): Promise<boolean> {
      const problem = newPassphraseProblem(passphrase, again);
      if (problem) return refuse(problem);
      return run(() => vault.enable(passphrase, progress('enable')), { key: 'encryptionEnabled' });
    },

    async unlock(passphrase: string): Promise<boolean> {
      if (!passphrase) return refuse({ key: 'encryptionErrorWrong' });
      return run(() => vault.unlock(passphrase), { key: 'encryptionUnlocked' });
    },

    lock: () => run(() => vault.lock(), { key: 'encryptionLocked' }),

    async changePassphrase(current: string, next: string, again: string): Promise<boolean> {
      const problem = newPassphraseProblem(next, again);
      if (problem) return refuse(problem);
      return run(() => vault.changePassphrase(current, next), { key: 'encryptionChanged' });
    },

    /** `typed` must be the confirmation word: removing protection is not a slip of the mouse. */
    async disable(passphrase: string, typed: string, word: string): Promise<boolean> {
      if (!confirms(typed, word)) return refuse({ key: 'encryptionErrorConfirm', substitutions: [word] });
      return run(() => vault.disable(passphrase, progress('disable')), { key: 'encryptionDisabled' });
    },
  };
}

export type EncryptionModel = ReturnType<typeof createEncryptionModel>;
