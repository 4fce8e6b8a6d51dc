import { SHAPES } from '../../context/shapes';
import { partSlots } from './scope';

// Injected into a frame whose page first shows text read by shape (a banner line, a name beside the record).
partSlots().shapes ??= SHAPES;
