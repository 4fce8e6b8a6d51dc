import { MORE_SHAPES } from '../../context/more-shapes';
import { partSlots } from './scope';

// Injected into a frame whose reading asks for the shape rules few frames need (more-shapes.ts).
partSlots().more ??= MORE_SHAPES;
