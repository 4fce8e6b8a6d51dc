import type { SiteAdapter } from '../../context/adapters/types';

/**
 * Adapters arrive as separate scripts the background injects into this frame only when the page
 * matches their site (adapter/load). They meet the reader on the content scripts' own global, which
 * the page cannot see (isolated world / Xray sandbox).
 */
const KEY = '__rapportAdapters';
type Scope = typeof globalThis & { [KEY]?: Record<string, SiteAdapter> };

export function registerAdapter(adapter: SiteAdapter): void {
  const scope = globalThis as Scope;
  scope[KEY] ??= {};
  scope[KEY][adapter.id] = adapter;
}

export function registeredAdapter(id: string): SiteAdapter | undefined {
  return (globalThis as Scope)[KEY]?.[id];
}
