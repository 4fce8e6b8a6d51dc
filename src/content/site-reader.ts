import { readClientContext } from '../context/read';
import { adapterFor } from '../context/adapters/match';
import { ADAPTER_MATCHES } from '../context/adapters/registry';
import { adapterSlots } from './adapters/scope';
import type { Extract } from './reader';

/**
 * The content script's reader: the generic reader plus, when the page matches a site adapter, that
 * one adapter, loaded on first need (`load` asks the background to inject it into this frame).
 */
export function siteReader(load: (id: string) => Promise<unknown>): Extract {
  return async (doc, url, options) => {
    const match = adapterFor(doc, url, ADAPTER_MATCHES);
    let adapter = match ? adapterSlots()[match.id] : undefined;
    if (match && !adapter) {
      await load(match.id).catch(() => undefined);
      adapter = adapterSlots()[match.id];
    }
    return readClientContext(doc, url, adapter ? [adapter] : [], options);
  };
}
