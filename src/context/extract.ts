import type { ClientContext, ExtractOptions } from './types';
import { ADAPTERS } from './adapters/index';
import { readClientContext } from './read';
import { readerFor } from './adapters/runner';
import { adapterFor } from './adapters/match';

export type { ClientContext, ExtractOptions } from './types';
export { MIN_CONFIDENCE } from './read';

/**
 * The page-reading contract (DESIGN.md): the one client `doc` shows, or null. Every built-in adapter
 * is tried unless `options.adapters` says otherwise (`[]` runs the generic reader alone). Resolves in
 * time slices, never throws.
 */
export function extractClientContext(doc: Document, url: string, options: ExtractOptions = {}): Promise<ClientContext | null> {
  const adapter = adapterFor(doc, url, options.adapters ?? ADAPTERS);
  return readClientContext(doc, url, adapter && readerFor(adapter), options);
}
