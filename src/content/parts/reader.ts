import { readClientContext } from '../../context/read';
import { SHAPES } from '../../context/shapes';
import { ADAPTER_KIT } from '../../context/adapters/kit';
import { partSlots } from './scope';

// Injected into a frame whose page may show a client (pre-check.ts), a taught page or an adapter's site.
// The shape rules come with it: nearly every page the reader reads needs them (85 of 86 corpus pages
// did), and one file packs better than two (gzip -9: 14,481 + 5,247 B apart, 17,839 B together).
partSlots().read ??= readClientContext;
partSlots().shapes ??= SHAPES;
// Lent to the adapter scripts, so each carries its rules and not a second copy of this code.
partSlots().kit = ADAPTER_KIT;
