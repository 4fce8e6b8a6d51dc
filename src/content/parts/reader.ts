import { readClientContext } from '../../context/read';
import { CORE_SHAPES } from '../../context/shapes';
import { ADAPTER_KIT } from '../../context/adapters/kit';
import type { OnDemand } from '../../context/reading';
import { partSlots, type PartId } from './scope';

// Injected into a frame whose page may show a client (pre-check.ts), a taught page or an adapter's site.
// The shape rules come with it: nearly every page the reader reads needs them (85 of 86 corpus pages
// did), and one file packs better than two (gzip -9: 14,481 + 5,247 B apart, 17,839 B together).
// The few that most frames never need (more-shapes.ts) and those a page's words call for
// (cued-shapes.ts) arrive as parts of their own on first need.
const onDemand = <T>(id: PartId, now: () => T | undefined): OnDemand<T> => ({
  now,
  load: async () => {
    if (!now()) await partSlots().load?.(id).catch(() => undefined);
    const rules = now();
    // Not loaded (the worker is gone): what they would have weighed is unknown, so nothing is read.
    if (!rules) throw new Error('shape rules unavailable');
    return rules;
  },
});
partSlots().read ??= readClientContext;
partSlots().shapes ??= { ...CORE_SHAPES, more: onDemand('more', () => partSlots().more), cued: onDemand('cued', () => partSlots().cued) };
// Lent to the adapter scripts, so each carries its rules and not a second copy of this code.
partSlots().kit = ADAPTER_KIT;
