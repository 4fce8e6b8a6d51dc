import { signal } from '@preact/signals';
import { WrongPassphraseError, type VaultStatus } from '../../store/vault/codec';

/** The part of the Vault the panel needs; absent when the database has no vault attached (tests). */
export interface PanelVault {
  readonly status: VaultStatus;
  onStatus(listener: (status: VaultStatus) => void): () => void;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
}

/** Whether the panel may show client data, and the lock screen's unlock. */
export function createLockModel(vault: PanelVault | undefined) {
  const status = signal<VaultStatus>(vault?.status ?? 'off');
  /** An i18n key: what went wrong with the last unlock. */
  const error = signal<string | null>(null);
  const busy = signal(false);
  const off = vault?.onStatus((next) => {
    status.value = next;
    if (next !== 'locked') error.value = null;
  });

  return {
    status,
    error,
    busy,
    async unlock(passphrase: string): Promise<boolean> {
      if (!vault || busy.value) return false;
      if (passphrase === '') {
        error.value = 'lockPassphraseNeeded';
        return false;
      }
      busy.value = true;
      error.value = null;
      try {
        await vault.unlock(passphrase);
        status.value = vault.status;
        return true;
      } catch (failure) {
        if (!(failure instanceof WrongPassphraseError)) console.warn('[rapport] unlock', failure);
        error.value = failure instanceof WrongPassphraseError ? 'lockWrongPassphrase' : 'lockUnlockFailed';
        return false;
      } finally {
        busy.value = false;
      }
    },
    lock: async () => {
      await vault?.lock();
      if (vault) status.value = vault.status;
    },
    dispose: () => off?.(),
  };
}

export type LockModel = ReturnType<typeof createLockModel>;
