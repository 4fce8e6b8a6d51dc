import { markedAdapter } from './page-markers';
import { carriesStructured, type StructuredReader } from '../context/generic/structured-check';
import { adapterSlots } from './adapters/scope';
import { partSlots, type PartId } from './parts/scope';
import { mayShowClient } from './pre-check';
import type { ExtractContext } from './reader';
import type { OnDemand } from '../context/reading';
import type { Shapes } from '../context/shapes';

type Load = (id: string) => Promise<unknown>;

/** The adapters whose site serves this URL (the background matches URLs: the registry decides). */
type SiteAdapters = (url: string) => Promise<readonly string[]>;

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

/** The rules that read by shape arrive with the reader part (parts/reader.ts). */
const shapesOfReader: OnDemand<Shapes> = {
  now: () => partSlots().shapes,
  load: async () => {
    const shapes = partSlots().shapes;
    if (!shapes) throw new Error('shape rules unavailable');
    return shapes;
  },
};

/**
 * The content script's reader: the generic reader plus, when the page is an adapter's site (its URL
 * as the background judged it, and the adapter's marker on the page), that one adapter, each loaded
 * on first need (`load` asks the background to inject it into this frame). A frame whose page cannot
 * show a client (no adapter, nothing taught, and the pre-check says no) reads nothing without them.
 */
export function siteReader(load: Load, siteAdapters: SiteAdapters): ExtractContext {
  const parts = { structured: lazyStructured(load), shapes: shapesOfReader };
  return async (doc, url, options) => {
    const id = markedAdapter(doc, await siteAdapters(url));
    if (!id && !options.profile && !mayShowClient(doc)) return null;
    let adapter = id ? adapterSlots()[id] : undefined;
    const loading = partSlots().read ? undefined : load('reader').catch(() => undefined);
    if (id && !adapter) {
      await load(id).catch(() => undefined);
      adapter = adapterSlots()[id];
    }
    await loading;
    // Not loaded (the worker is gone): nothing is read, as when a part the reader needs is missing.
    return partSlots().read?.(doc, url, adapter ?? null, parts, options) ?? null;
  };
}
