import { STORE_NAMES, type StoreName } from '../model/plain';

/**
 * Cross-context change notification: panels, options page and the background share an origin,
 * so a BroadcastChannel reaches all of them (and other channel objects in the same page).
 */
export const CHANGES_CHANNEL = 'rapport-data';

/** `meta` carries settings and other app-wide entries, keyed by name. */
export type ChangedStore = StoreName | 'meta';

export interface ChangeDetail {
  store: ChangedStore;
  ids: string[];
}

let sender: BroadcastChannel | undefined;

function channel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!sender) {
    sender = new BroadcastChannel(CHANGES_CHANNEL);
    // Node (tests) keeps the process alive while a channel is referenced; browsers have no unref.
    (sender as unknown as { unref?: () => void }).unref?.();
  }
  return sender;
}

export function notifyChanged(detail: ChangeDetail): void {
  if (detail.ids.length === 0) return;
  channel()?.postMessage({ store: detail.store, ids: [...detail.ids] } satisfies ChangeDetail);
}

const STORES: readonly string[] = [...STORE_NAMES, 'meta'];

function isChangeDetail(x: unknown): x is ChangeDetail {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return typeof d.store === 'string' && STORES.includes(d.store) &&
    Array.isArray(d.ids) && d.ids.every((i) => typeof i === 'string');
}

/** Subscribe to writes made in any context; returns the unsubscribe function. */
export function onChanged(cb: (detail: ChangeDetail) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(CHANGES_CHANNEL);
  (ch as unknown as { unref?: () => void }).unref?.();
  ch.onmessage = (ev: MessageEvent) => {
    // Same-origin only, but still a boundary: ignore anything malformed.
    if (isChangeDetail(ev.data)) cb(ev.data);
  };
  return () => ch.close();
}
