import { readClientContext } from '../context/read';
import { adapterFor } from '../context/adapters/match';
import { ADAPTER_MATCHES } from '../context/adapters/registry';
import { carriesStructured, type StructuredReader } from '../context/generic/structured-check';
import { adapterSlots } from './adapters/scope';
import { partSlots, type PartId } from './parts/scope';
import type { Extract } from './reader';

type Load = (id: string) => Promise<unknown>;

/**
 * The structured-data reader, loaded on first need: most pages carry no script block naming a
 * Patient and no microdata, and have nothing for it to read.
 */
function lazyStructured(load: (id: PartId) => Promise<unknown>): StructuredReader {
  return async (doc, env) => {
    if (!carriesStructured(doc)) return [];
    if (!partSlots().structured) await load('structured').catch(() => undefined);
    const reader = partSlots().structured;
    // Not loaded (the worker is gone): what it would have read is unknown, so nothing is read.
    if (!reader) throw new Error('structured reader unavailable');
    return reader(doc, env);
  };
}

/**
 * The content script's reader: the generic reader plus, when the page matches a site adapter, that
 * one adapter, loaded on first need (`load` asks the background to inject it into this frame).
 */
export function siteReader(load: Load): Extract {
  const readStructured = lazyStructured(load);
  return async (doc, url, options) => {
    const match = adapterFor(doc, url, ADAPTER_MATCHES);
    let adapter = match ? adapterSlots()[match.id] : undefined;
    if (match && !adapter) {
      await load(match.id).catch(() => undefined);
      adapter = adapterSlots()[match.id];
    }
    return readClientContext(doc, url, adapter ? [adapter] : [], readStructured, options);
  };
}
