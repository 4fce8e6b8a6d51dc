import type { AdapterRules } from '../../context/adapters/types';
import { borrowingReader } from '../../context/adapters/runner';
import { partSlots } from '../parts/scope';
import { adapterSlots } from './scope';

/**
 * Run by each adapter script: the adapter's rules with the declarative runner, which borrows the
 * reader part's helpers (visibility, values, parsing) instead of carrying a copy of them.
 */
export function registerAdapter(id: string, adapter: AdapterRules): void {
  adapterSlots()[id] = borrowingReader(id, adapter, () => partSlots().kit);
}
