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
