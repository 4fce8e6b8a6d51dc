import browser from './browser';
import type { KeyRing } from '../store/vault/keyring';
import { fromBase64, toBase64 } from '../domain/crypto/base64';

const KEY = 'vaultDataKey';

/**
 * The unwrapped data key in `storage.session`: in memory only, emptied when the browser quits
 * (so a restart locks), and out of content scripts' reach (Chrome's default access level for the
 * session area is trusted contexts; Firefox does not expose the area to content scripts).
 */
export function sessionKeyRing(): KeyRing {
  const area = browser.storage.session;
  return {
    async load() {
      const value = (await area.get(KEY))[KEY];
      return typeof value === 'string' ? fromBase64(value) : undefined;
    },
    save: (raw) => area.set({ [KEY]: toBase64(raw) }),
    clear: () => area.remove(KEY),
    onChange(listener) {
      const onChanged = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === 'session' && KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
