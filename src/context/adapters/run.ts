import { ADAPTER_KIT } from './kit';
import { borrowingReader } from './runner';
import type { AdapterReader, SiteAdapter } from './types';

/**
 * An adapter ready to read where the reader's helpers are at hand (extract.ts, tests). An adapter
 * script takes the runner alone (runner.ts) and borrows the helpers from the reader part.
 */
export function readerFor(adapter: SiteAdapter): AdapterReader {
  return borrowingReader(adapter.id, adapter, () => ADAPTER_KIT);
}
