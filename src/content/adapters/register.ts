import type { AdapterRules } from '../../context/adapters/types';
import { readerFor } from '../../context/adapters/run';
import { partSlots } from '../parts/scope';
import { adapterSlots } from './scope';

/**
 * Run by each adapter script: the adapter's rules with the declarative runner, which borrows the
 * reader part's helpers (visibility, values, parsing) instead of carrying a copy of them.
 */
export function registerAdapter(id: string, adapter: AdapterRules): void {
  adapterSlots()[id] = readerFor(id, adapter, () => partSlots().kit);
}
