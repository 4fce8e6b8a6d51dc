import type { SiteAdapter } from '../../context/adapters/types';
import { readerFor } from '../../context/adapters/run';
import { adapterSlots } from './scope';

/** Run by each adapter script: the adapter, with the declarative runner it carries (the reader in every frame does not). */
export function registerAdapter(adapter: SiteAdapter): void {
  adapterSlots()[adapter.id] = readerFor(adapter);
}
