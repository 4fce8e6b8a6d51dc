import { CUED_SHAPES } from '../../context/cued-shapes';
import { partSlots } from './scope';

// Injected into a frame whose reading asks for the rules its page's words call for (cued-shapes.ts).
partSlots().cued ??= CUED_SHAPES;
