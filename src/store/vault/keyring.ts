/**
 * Where the unwrapped data key lives between contexts (panel, options, service worker): never in
 * IndexedDB. The extension's implementation is the browser's session storage, which the browser
 * empties when it quits, so a restart locks.
 */
export interface KeyRing {
  load(): Promise<Uint8Array | undefined>;
  save(raw: Uint8Array): Promise<void>;
  clear(): Promise<void>;
  /** Called when another context saved or cleared the key. */
  onChange(listener: () => void): () => void;
}

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
