import type { KeyRing } from '../../../../src/store/vault/keyring';

/** One key shared by every vault given this ring: two rings from one call model two contexts. */
export function memoryKeyRing(): KeyRing {
  let key: Uint8Array | undefined;
  const listeners = new Set<() => void>();
  const changed = () => queueMicrotask(() => listeners.forEach((listener) => listener()));
  return {
    load: async () => key,
    save: async (raw) => {
      key = raw;
      changed();
    },
    clear: async () => {
      key = undefined;
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
