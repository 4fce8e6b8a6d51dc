import type { AdapterReader } from '../../context/adapters/types';

/**
 * Adapters arrive as separate scripts the background injects into this frame only when the page
 * matches their site (adapter/load). They meet the reader on the content scripts' own global, which
 * the page cannot see (isolated world / Xray sandbox).
 */
const KEY = '__rapportAdapters';
export type AdapterScope = typeof globalThis & { [KEY]?: Record<string, AdapterReader> };

export function adapterSlots(): Record<string, AdapterReader> {
  const scope = globalThis as AdapterScope;
  scope[KEY] ??= {};
  return scope[KEY];
}
